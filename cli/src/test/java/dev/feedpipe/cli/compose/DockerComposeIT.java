package dev.feedpipe.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.bench.pipeline.ArticleGenerator;
import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.cli.post.PostCommand;
import dev.feedpipe.stack.Processes;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The compose deployment for real, on the local Docker engine, without Docker Hub: the air-gapped overlay
 * on the local Java base, two enrich and two index instances, the samples posted through the published
 * ingest port; then one enrich container killed and 500 more articles posted: every article reaches
 * Elasticsearch, nothing is dead-lettered, and {@code down -v} leaves no container, network or volume.
 * Needs a running Docker engine ({@code ./feedpipe test} installs and starts one).
 */
class DockerComposeIT {

    private static final Path ROOT = FeedpipeTestSupport.projectRoot();
    /** A fixed project name: the images compose builds are tagged by it, so a later run reuses them. */
    private static final String PROJECT = "feedpipe-it";

    private static final String TOKEN = UUID.randomUUID().toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MORE_ARTICLES = 500;

    private static final Map<String, String> ENVIRONMENT = new HashMap<>();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static int ingestPort;
    private static int elasticsearchPort;

    @BeforeAll
    static void composeUpScaled() throws Exception {
        assertThat(run(Duration.ofSeconds(30), "docker", "info").exitCode())
                .as("a running Docker engine")
                .isZero();
        Run base = run(
                Duration.ofMinutes(10),
                ROOT.resolve("docker/base/build-base.sh").toString());
        assertThat(base.exitCode()).as(base.output()).isZero();
        ENVIRONMENT.put(
                "JRE_IMAGE",
                base.output().strip().lines().reduce((first, last) -> last).orElseThrow());
        ENVIRONMENT.put("FEEDPIPE_INGEST_TOKEN", TOKEN);
        ingestPort = Processes.freePort();
        elasticsearchPort = Processes.freePort();
        ENVIRONMENT.put("INGEST_PUBLISHED_PORT", Integer.toString(ingestPort));
        ENVIRONMENT.put("FEED_PUBLISHED_PORT", Integer.toString(Processes.freePort()));
        ENVIRONMENT.put("ELASTICSEARCH_PUBLISHED_PORT", Integer.toString(elasticsearchPort));
        compose(Duration.ofMinutes(15), "build");
        compose(Duration.ofMinutes(10), "up", "-d", "--scale", "enrich-service=2", "--scale", "index-service=2");
        awaitReady(Duration.ofMinutes(5));
    }

    @AfterAll
    static void composeDown() throws Exception {
        if (!ENVIRONMENT.isEmpty()) {
            compose(Duration.ofMinutes(3), "down", "-v", "--remove-orphans");
        }
    }

    @Test
    void samplesThenKilledEnrichInstanceThenMorePostsAllReachTheIndexAndDownLeavesNothing() throws Exception {
        assertThat(containers("enrich-service")).hasSize(2);
        assertThat(containers("index-service")).hasSize(2);

        Path samples = ROOT.resolve("samples/articles");
        long sampleCount;
        try (Stream<Path> files = Files.list(samples)) {
            sampleCount = files.filter(
                            f -> f.toString().endsWith(".md") || f.toString().endsWith(".html"))
                    .count();
        }
        int posted = new CommandLine(new PostCommand())
                .execute("--quiet", "--url", "http://127.0.0.1:" + ingestPort, "--token", TOKEN, samples.toString());
        assertThat(posted).as("every sample accepted").isZero();
        awaitIndexed(sampleCount, Duration.ofMinutes(3));

        String victim = containers("enrich-service").getFirst();
        assertThat(run(Duration.ofSeconds(30), "docker", "kill", victim).exitCode())
                .isZero();
        ArticleGenerator generator = new ArticleGenerator(16);
        for (int i = 0; i < MORE_ARTICLES; i++) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + ingestPort + "/api/articles?id=docker-" + i))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "text/markdown; charset=utf-8")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(generator.article(i, 3000)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("POST %d: %s", i, response.body())
                    .isEqualTo(202);
        }
        awaitIndexed(sampleCount + MORE_ARTICLES, Duration.ofMinutes(5));

        Run deadLetters = compose(Duration.ofMinutes(2), "run", "--rm", "--no-deps", "setup", "dlq", "--last", "5");
        assertThat(deadLetters.output()).contains("0 dead letter(s)");

        compose(Duration.ofMinutes(3), "down", "-v", "--remove-orphans");
        String label = "label=com.docker.compose.project=" + PROJECT;
        assertThat(run(Duration.ofSeconds(30), "docker", "ps", "-aq", "--filter", label)
                        .output())
                .isBlank();
        assertThat(run(Duration.ofSeconds(30), "docker", "network", "ls", "-q", "--filter", label)
                        .output())
                .isBlank();
        assertThat(run(Duration.ofSeconds(30), "docker", "volume", "ls", "-q", "--filter", label)
                        .output())
                .isBlank();
        ENVIRONMENT.clear();
    }

    private static List<String> containers(String service) throws Exception {
        return compose(Duration.ofSeconds(30), "ps", "-q", service)
                .output()
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }

    /** Waits until ingest is ready, which it is once Kafka and the registry are and setup has run. */
    private static void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingestPort + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("ingest not ready after " + timeout + ":\n"
                + compose(Duration.ofMinutes(1), "ps").output());
    }

    private static void awaitIndexed(long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + elasticsearchPort + "/articles/_count"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    count = JSON.readTree(response.body()).path("count").asLong();
                    if (count >= expected) {
                        assertThat(count).as("no article twice").isEqualTo(expected);
                        return;
                    }
                }
            } catch (IOException e) {
                // Elasticsearch busy; ask again
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(count + " of " + expected + " articles indexed after " + timeout + ":\n"
                + compose(Duration.ofMinutes(1), "logs", "--tail", "20", "enrich-service", "index-service")
                        .output());
    }

    private record Run(int exitCode, String output) {}

    private static Run compose(Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "docker-compose",
                "--project-name",
                PROJECT,
                "-f",
                ROOT.resolve("docker-compose.yml").toString(),
                "-f",
                ROOT.resolve("docker-compose.airgap.yml").toString()));
        command.addAll(List.of(args));
        Run run = run(timeout, command.toArray(String[]::new));
        assertThat(run.exitCode())
                .as(String.join(" ", args) + ":\n" + run.output())
                .isZero();
        return run;
    }

    private static Run run(Duration timeout, String... command) throws Exception {
        Path log = Files.createTempFile("docker-compose-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(ENVIRONMENT);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    String.join(" ", command) + " still running after " + timeout + ":\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }
}
