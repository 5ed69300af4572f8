package dev.feedpipe.cli.demo;

import dev.feedpipe.cli.config.CatalogDefaults;
import java.util.List;
import dev.feedpipe.config.Service;
import dev.feedpipe.config.Catalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.cli.post.PostCommand;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.Format;
import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feedpipe demo}: the whole pipeline on the embedded stack, the samples posted, the feed printed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start the embedded stack and the four services (as separate processes), post samples/articles, "
                + "wait until every sample is searchable and print the feed. Ctrl-C stops everything it started.",
                "Logs: .feedpipe/demo/logs/. With --detach it leaves everything running; './feedpipe down' stops it."})
public final class DemoCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--detach", description = "Leave the stack and services running and return.")
    boolean detach;

    @Option(names = "--ingest-url", description = "Post to this running ingest API (e.g. a compose deployment) "
            + "instead of starting the embedded stack and services; needs --feed-url.")
    String ingestUrl;

    @Option(names = "--feed-url", description = "The running feed service that --ingest-url's articles reach.")
    String feedUrl;

    @Option(names = "--samples", defaultValue = "samples/articles", description = "Folder of articles to post (default: ${DEFAULT-VALUE}).")
    Path samples;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Path root = ProjectRoot.find();
        if (ingestUrl != null || feedUrl != null) {
            if (ingestUrl == null || feedUrl == null) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--ingest-url and --feed-url go together");
            }
            awaitReady(ingestUrl);
            postAndPrint(root, ingestUrl, feedUrl, started);
            return 0;
        }
        LocalStack stack = new LocalStack(StackConfig.load(root, System.getenv()), System.out);
        step("starting the embedded stack (Kafka, schema registry, Elasticsearch)");
        LocalStack.UpResult up = stack.up();
        ServiceProcesses services = services(root);
        CountDownLatch stopped = new CountDownLatch(1);
        if (!detach) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("\nstopping the services" + (up.started().isEmpty() ? "" : " and the stack"));
                stopAll(services);
                if (!up.started().isEmpty()) {
                    stack.down();
                }
                stopped.countDown();
            }, "demo-shutdown"));
        }
        for (Service service : List.of(Service.values())) {
            step((services.start(service) ? "starting " : "reusing ") + service.module() + " (log: "
                    + root.relativize(services.logFile(service)) + ")");
            services.awaitReady(service, Duration.ofSeconds(180));
        }
        String feed = "http://127.0.0.1:" + services.port(Service.FEED);
        postAndPrint(root, "http://127.0.0.1:" + services.port(Service.INGEST), feed, started);
        System.out.printf("dashboard: %s/    feed API: %s/api/feed    ingest API: http://127.0.0.1:%d/api/articles%n",
                feed, feed, services.port(Service.INGEST));
        if (detach) {
            System.out.println("running in the background; stop everything with ./feedpipe down");
            return 0;
        }
        System.out.println("press Ctrl-C to stop");
        stopped.await();
        return 0;
    }

    /** Waits until a deployment's ingest service is ready (its containers may still be starting). */
    private void awaitReady(String ingest) throws Exception {
        step("waiting for " + ingest + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(ingest + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(ingest + " was not ready within 180 s");
            }
            Thread.sleep(500);
        }
    }

    /** Posts the samples to {@code ingest}, waits until {@code feed} lists them all, prints them. */
    private void postAndPrint(Path root, String ingest, String feed, long started) throws Exception {
        Path folder = root.resolve(samples);
        Set<String> ids = sampleIds(folder);
        step("posting " + ids.size() + " articles from " + samples + " to " + ingest);
        int posted = new CommandLine(new PostCommand()).setDefaultValueProvider(new CatalogDefaults(System.getenv()))
                .execute("--quiet", "--url", ingest, folder.toString());
        if (posted != 0) {
            System.err.println("feedpipe demo: some articles were rejected (see above)");
        }
        awaitSearchable(feed, ids);
        printFeed(feed, ids);
        System.out.printf("%nfeed searchable %.1f s after the command started%n", (System.nanoTime() - started) / 1e9);
    }

    static ServiceProcesses services(Path root) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putIfAbsent(Catalog.ENRICH_STATE_DIR.env(), root.resolve(".feedpipe/demo/enrich-state").toString());
        return new ServiceProcesses(root, root.resolve(".feedpipe/demo"), environment);
    }

    static void stopAll(ServiceProcesses services) {
        for (Service service : List.of(Service.values()).reversed()) {
            try {
                services.stop(service);
            } catch (IOException e) {
                System.err.println("could not stop " + service.module() + ": " + e.getMessage());
            }
        }
    }

    private static void step(String message) {
        System.out.println("==> " + message);
    }

    /** The ids the samples will have: their own (front matter, meta tag). */
    private static Set<String> sampleIds(Path folder) throws IOException {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        Set<String> ids = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Format format = Format.ofFileName(file.getFileName().toString()).orElse(null);
                if (format == Format.MARKDOWN || format == Format.HTML) {
                    ids.add(extractor.extract(ArticleInput.of(Files.readString(file, StandardCharsets.UTF_8), format)).id());
                }
            }
        }
        return ids;
    }

    private void awaitSearchable(String feed, Set<String> ids) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        int last = -1;
        while (true) {
            Set<String> found = feedIds(feed);
            found.retainAll(ids);
            if (found.size() != last) {
                step("searchable: " + found.size() + "/" + ids.size());
                last = found.size();
            }
            if (found.size() == ids.size()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + found.size() + " of " + ids.size()
                        + " articles became searchable; see the logs in .feedpipe/demo/logs/");
            }
            Thread.sleep(500);
        }
    }

    private Set<String> feedIds(String feed) throws IOException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode entry : entries(feed)) {
            ids.add(entry.get("id").asText());
        }
        return ids;
    }

    private JsonNode entries(String feed) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(feed + "/api/feed?size=100")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("entries") : JSON.createArrayNode();
    }

    private void printFeed(String feed, Set<String> ids) throws IOException, InterruptedException {
        System.out.println("\nLATEST UPDATES");
        System.out.println("=".repeat(14));
        for (JsonNode entry : entries(feed)) {
            if (!ids.contains(entry.get("id").asText())) {
                continue;
            }
            System.out.printf("%n[%s] %s  %s%n    %s%n", entry.get("category").asText(), entry.get("date").asText(),
                    entry.get("title").asText(), entry.get("summary").asText());
        }
    }
}
