package dev.feedpipe.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.cli.config.CatalogDefaults;
import dev.feedpipe.cli.post.PostCommand;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Service;
import dev.feedpipe.stack.Folders;
import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.ServiceProcesses;
import dev.feedpipe.stack.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feedpipe demo}: the whole pipeline on the embedded stack, the samples posted, the feed printed.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start the embedded stack and the four services (as separate processes), post samples/articles, "
                    + "wait until every sample is searchable and print the feed. Ctrl-C stops everything it started.",
            "Logs: .feedpipe/demo/logs/. With --detach it leaves everything running; './feedpipe down' stops it."
        })
public final class DemoCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--detach", description = "Leave the stack and services running and return.")
    boolean detach;

    @Option(
            names = "--ingest-url",
            description = "Post to this running ingest API (e.g. a compose deployment) "
                    + "instead of starting the embedded stack and services; needs --feed-url.")
    String ingestUrl;

    @Option(names = "--feed-url", description = "The running feed service that --ingest-url's articles reach.")
    String feedUrl;

    @Option(
            names = "--samples",
            defaultValue = "samples/articles",
            description = "Folder of articles to post (default: ${DEFAULT-VALUE}).")
    Path samples;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Path root = ProjectRoot.find();
        if (ingestUrl != null || feedUrl != null) {
            if (ingestUrl == null || feedUrl == null) {
                throw new CommandLine.ParameterException(
                        new CommandLine(this), "--ingest-url and --feed-url go together");
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
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                System.out.println("\nstopping the services"
                                        + (up.started().isEmpty() ? "" : " and the stack"));
                                stopAll(services);
                                if (!up.started().isEmpty()) {
                                    stack.down();
                                }
                                stopped.countDown();
                            },
                            "demo-shutdown"));
        }
        for (Service service : List.of(Service.values())) {
            step((services.start(service) ? "starting " : "reusing ") + service.module() + " (log: "
                    + root.relativize(services.logFile(service)) + ")");
            services.awaitReady(service, Duration.ofSeconds(180));
        }
        String feed = "http://127.0.0.1:" + services.port(Service.FEED);
        postAndPrint(root, "http://127.0.0.1:" + services.port(Service.INGEST), feed, started);
        System.out.printf(
                "dashboard: %s/    feed API: %s/api/feed    ingest API: http://127.0.0.1:%d/api/articles%n",
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
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(ingest + "/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
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

    /**
     * Posts the samples to {@code ingest}, waits until {@code feed} serves each at the revision just
     * posted (by id: a stack that holds thousands of newer articles must not hide them), prints them.
     */
    private void postAndPrint(Path root, String ingest, String feed, long started) throws Exception {
        Path folder = root.resolve(samples);
        step("posting the articles of " + samples + " to " + ingest);
        PostCommand post = new PostCommand();
        int status = new CommandLine(post)
                .setDefaultValueProvider(new CatalogDefaults(System.getenv()))
                .execute("--quiet", "--url", ingest, folder.toString());
        if (status != 0) {
            System.err.println("feedpipe demo: some articles were rejected (see above)");
        }
        List<JsonNode> entries = awaitSearchable(feed, post.accepted());
        printFeed(entries);
        System.out.printf("%nfeed searchable %.1f s after the command started%n", (System.nanoTime() - started) / 1e9);
    }

    static ServiceProcesses services(Path root) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putIfAbsent(
                Catalog.ENRICH_STATE_DIR.env(), stateFolder(root).toString());
        return new ServiceProcesses(root, root.resolve(".feedpipe/demo"), environment);
    }

    /** Where the demo's enrich-service keeps its local state (RocksDB), unless FEEDPIPE_ENRICH_STATE_DIR says. */
    static Path stateFolder(Path root) {
        return root.resolve(".feedpipe/demo/enrich-state");
    }

    /** Deletes the demo services' local state (with a wiped stack it would describe topics that are gone). */
    static void deleteState(Path root) throws IOException {
        Folders.deleteRecursively(stateFolder(root));
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

    /** The feed's entry of each accepted article once it is there at that revision or a newer one. */
    private List<JsonNode> awaitSearchable(String feed, List<PostCommand.Accepted> accepted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        Map<String, JsonNode> found = new LinkedHashMap<>();
        int last = -1;
        while (true) {
            for (PostCommand.Accepted article : accepted) {
                if (!found.containsKey(article.id())) {
                    entry(feed, article).ifPresent(entry -> found.put(article.id(), entry));
                }
            }
            if (found.size() != last) {
                step("searchable: " + found.size() + "/" + accepted.size());
                last = found.size();
            }
            if (found.size() == accepted.size()) {
                return accepted.stream().map(article -> found.get(article.id())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + found.size() + " of " + accepted.size()
                        + " articles became searchable; see the logs in .feedpipe/demo/logs/");
            }
            Thread.sleep(500);
        }
    }

    private Optional<JsonNode> entry(String feed, PostCommand.Accepted article)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(feed + "/api/articles/" + article.id()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode entry = JSON.readTree(response.body());
        return entry.path("revision").asLong() >= article.revision() ? Optional.of(entry) : Optional.empty();
    }

    /** The posted articles as the dashboard lists them: newest first. */
    private static void printFeed(List<JsonNode> entries) {
        System.out.println("\nLATEST UPDATES");
        System.out.println("=".repeat(14));
        entries.stream()
                .sorted(Comparator.comparing(
                                (JsonNode entry) -> entry.path("publishedAt").asText(""))
                        .thenComparing(entry -> entry.get("id").asText())
                        .reversed())
                .forEach(entry -> System.out.printf(
                        "%n[%s] %s  %s%n    %s%n",
                        entry.get("category").asText(),
                        entry.path("date").asText(),
                        entry.get("title").asText(),
                        entry.get("summary").asText()));
    }
}
