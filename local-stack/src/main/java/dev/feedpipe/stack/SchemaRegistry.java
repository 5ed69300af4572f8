package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Apicurio Registry 3 with durable storage in an H2 file. */
final class SchemaRegistry implements StackService {

    private final StackConfig config;
    private final Path dir;
    private final PidFile pidFile;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SchemaRegistry(StackConfig config) {
        this.config = config;
        this.dir = config.home().resolve("registry");
        this.pidFile = new PidFile(dir.resolve("registry.pid"));
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(
                config.registryPort(), Catalog.REGISTRY_PORT.env(),
                config.registryManagementPort(), Catalog.REGISTRY_MANAGEMENT_PORT.env());
    }

    @Override
    public String endpoint() {
        return config.endpoints().registryUrl();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return pidFile.liveProcess();
    }

    @Override
    public Path logFile() {
        return dir.resolve("logs/registry.log");
    }

    @Override
    public void start() throws IOException {
        Path app = dir.resolve("app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            Path archive = config.distributions().resolve("apicurio-registry.tar.gz");
            if (!Files.isRegularFile(archive)) {
                throw new StackException(
                        "Apicurio Registry is missing at " + archive + ": build first (./feedpipe build)");
            }
            Files.createDirectories(app);
            Processes.run(List.of("tar", "xzf", archive.toString(), "-C", app.toString()), null, Duration.ofMinutes(5));
        }
        Files.createDirectories(dir.resolve("data"));
        String database = "jdbc:h2:file:" + dir.resolve("data/registry") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Process process = Processes.launchDetached(
                List.of(
                        KafkaBroker.javaExecutable(),
                        "-Xms" + config.heap(),
                        "-Xmx" + config.heap(),
                        "-Dfeedpipe.stack.service=registry",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=" + config.registryPort(),
                        "-Dquarkus.management.host=127.0.0.1",
                        "-Dquarkus.management.port=" + config.registryManagementPort(),
                        "-Dapicurio.storage.kind=sql",
                        "-Dapicurio.storage.sql.kind=h2",
                        "-Dapicurio.datasource.url=" + database,
                        "-jar",
                        app.resolve("quarkus-run.jar").toString()),
                dir,
                logFile(),
                Map.of());
        pidFile.write(process.pid());
    }

    @Override
    public void stop() throws IOException {
        pidFile.stopProcess(Duration.ofSeconds(20));
    }

    @Override
    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint() + "/apis/ccompat/v7/subjects"))
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
