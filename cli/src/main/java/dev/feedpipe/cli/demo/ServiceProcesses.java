package dev.feedpipe.cli.demo;

import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.PidFile;
import dev.feedpipe.stack.Processes;
import dev.feedpipe.stack.StackEndpoints;
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
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServiceProcesses(Path projectRoot, Path folder, Map<String, String> environment) {
        this.projectRoot = projectRoot;
        this.folder = folder;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The environment of a pipeline of its own on a shared stack: its topics, enrich application
     * ({@code NAME-enrich}), index consumer group ({@code NAME-index}) and index ({@code NAME}).
     */
    public static Map<String, String> scratchEnvironment(StackEndpoints stack, Topics topics, String name, Path stateDir) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("FEEDPIPE_REGISTRY_URL", stack.registryUrl());
        env.put("FEEDPIPE_ELASTICSEARCH_URL", stack.elasticsearchUrl());
        env.put("FEEDPIPE_TOPIC_RAW", topics.raw());
        env.put("FEEDPIPE_TOPIC_ENRICHED", topics.enriched());
        env.put("FEEDPIPE_TOPIC_DLQ", topics.deadLetter());
        env.put("FEEDPIPE_ENRICH_APPLICATION_ID", name + "-enrich");
        env.put("FEEDPIPE_ENRICH_STATE_DIR", stateDir.toString());
        env.put("FEEDPIPE_INDEX_GROUP_ID", name + "-index");
        env.put("FEEDPIPE_INDEX_NAME", name);
        return env;
    }

    public Path logFile(PipelineService service) {
        return folder.resolve("logs").resolve(service.module() + ".log");
    }

    private PidFile pidFile(PipelineService service) {
        return new PidFile(folder.resolve(service.module() + ".pid"));
    }

    public int port(PipelineService service) {
        return Integer.parseInt(environment.getOrDefault(service.portVariable(), Integer.toString(service.defaultPort())));
    }

    public Optional<ProcessHandle> running(PipelineService service) {
        return pidFile(service).liveProcess();
    }

    /** Starts the service unless it runs already; returns whether it started it. */
    public boolean start(PipelineService service) throws IOException {
        if (running(service).isPresent()) {
            return false;
        }
        Path module = projectRoot.resolve(service.module());
        if (!Files.isDirectory(module.resolve("target/lib"))) {
            throw new IllegalStateException(service.module() + " is not built: run ./feedpipe build");
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp",
                module.resolve("target/classes") + ":" + module.resolve("target/lib") + "/*", service.mainClass());
        Process process = Processes.launchDetached(command, projectRoot, logFile(service), environment);
        pidFile(service).write(process.pid());
        return true;
    }

    /** Waits for {@code /health/ready}; fails naming the service and its log when it dies or times out. */
    public void awaitReady(PipelineService service, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + port(service) + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (running(service).isEmpty()) {
                throw new IllegalStateException(service.name() + "-service exited while starting; see its log "
                        + logFile(service) + "\n" + Processes.tail(logFile(service), 20));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(service.name() + "-service was not ready after " + timeout.toSeconds()
                + " s; see its log " + logFile(service));
    }

    public void stop(PipelineService service) throws IOException {
        pidFile(service).stopProcess(Duration.ofSeconds(30));
    }
}
