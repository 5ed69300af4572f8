package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Service;
import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the pipeline's services as separate processes, each logging to its own file, and finds or
 * stops them again through pid files, so that a later command can stop what an earlier one started.
 */
public final class ServiceProcesses {

    private final Path projectRoot;
    private final Path folder;
    private final Map<String, String> environment;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServiceProcesses(Path projectRoot, Path folder, Map<String, String> environment) {
        this.projectRoot = projectRoot;
        this.folder = folder;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The environment of a pipeline of its own on a shared stack: its topics, enrich application
     * ({@code NAME-enrich}), index consumer group ({@code NAME-index}) and index ({@code NAME}).
     */
    public static Map<String, String> scratchEnvironment(
            StackEndpoints stack, Topics topics, String name, Path stateDir) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(Catalog.KAFKA_BOOTSTRAP_SERVERS.env(), stack.bootstrapServers());
        env.put(Catalog.REGISTRY_URL.env(), stack.registryUrl());
        env.put(Catalog.ELASTICSEARCH_URL.env(), stack.elasticsearchUrl());
        env.put(Catalog.TOPIC_RAW.env(), topics.raw());
        env.put(Catalog.TOPIC_ENRICHED.env(), topics.enriched());
        env.put(Catalog.TOPIC_DLQ.env(), topics.deadLetter());
        env.put(Catalog.ENRICH_APPLICATION_ID.env(), name + "-enrich");
        env.put(Catalog.ENRICH_STATE_DIR.env(), stateDir.toString());
        env.put(Catalog.INDEX_GROUP_ID.env(), name + "-index");
        env.put(Catalog.INDEX_NAME.env(), name);
        return env;
    }

    public Path logFile(Service service) {
        return folder.resolve("logs").resolve(service.module() + ".log");
    }

    private PidFile pidFile(Service service) {
        return new PidFile(folder.resolve(service.module() + ".pid"));
    }

    public int port(Service service) {
        return service.port(environment);
    }

    public Optional<ProcessHandle> running(Service service) {
        return pidFile(service).liveProcess();
    }

    /** Starts the service unless it runs already; returns whether it started it. */
    public boolean start(Service service) throws IOException {
        if (running(service).isPresent()) {
            return false;
        }
        if (!Files.isDirectory(projectRoot.resolve(service.module()).resolve("target/lib"))) {
            throw new IllegalStateException(service.module() + " is not built: run ./feedpipe build");
        }
        List<String> command = service.launchCommand(
                Path.of(System.getProperty("java.home"), "bin", "java"), projectRoot, environment);
        Process process = Processes.launchDetached(command, projectRoot, logFile(service), environment);
        pidFile(service).write(process.pid());
        return true;
    }

    /** Waits for {@code /health/ready}; fails naming the service and its log when it dies or times out. */
    public void awaitReady(Service service, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + port(service) + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (running(service).isEmpty()) {
                throw new IllegalStateException(service.module() + " exited while starting; see its log "
                        + logFile(service) + "\n" + Processes.tail(logFile(service), 20));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(service.module() + " was not ready after " + timeout.toSeconds()
                + " s; see its log " + logFile(service));
    }

    public void stop(Service service) throws IOException {
        pidFile(service).stopProcess(Duration.ofSeconds(30));
    }
}
