package dev.feedpipe.cli.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    public Path logFile(PipelineService service) {
        return folder.resolve("logs").resolve(service.module() + ".log");
    }

    private Path pidFile(PipelineService service) {
        return folder.resolve(service.module() + ".pid");
    }

    public int port(PipelineService service) {
        return Integer.parseInt(environment.getOrDefault(service.portVariable(), Integer.toString(service.defaultPort())));
    }

    public Optional<ProcessHandle> running(PipelineService service) {
        try {
            Path pid = pidFile(service);
            if (!Files.isRegularFile(pid)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
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
        Files.createDirectories(logFile(service).getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp",
                module.resolve("target/classes") + ":" + module.resolve("target/lib") + "/*", service.mainClass()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(projectRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(service).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        Files.writeString(pidFile(service), Long.toString(process.pid()));
        return true;
    }

    /** Waits for {@code /health/ready}; fails naming the service and its log when it dies or times out. */
    public void awaitReady(PipelineService service, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + port(service) + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (running(service).isEmpty()) {
                throw new IllegalStateException(service.name() + "-service exited while starting; see its log "
                        + logFile(service) + "\n" + tail(logFile(service)));
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
        Optional<ProcessHandle> process = running(service);
        if (process.isPresent()) {
            process.get().destroy();
            try {
                process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile(service));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
