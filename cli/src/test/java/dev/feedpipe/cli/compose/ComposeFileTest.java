package dev.feedpipe.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.cli.FeedpipeTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml and the Dockerfiles, checked without a Docker engine: Debian's docker-compose
 * validates the file (./feedpipe test installs it), and the rules for scaling and images are read
 * from the resolved configuration and the Dockerfiles.
 */
class ComposeFileTest {

    private static final Path ROOT = FeedpipeTestSupport.projectRoot();

    private static String compose(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker-compose", "-f", ROOT.resolve("docker-compose.yml").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void theComposeFileIsValidAndHasEveryService() throws Exception {
        assertThat(compose("config", "--services").lines().toList()).containsExactlyInAnyOrder("kafka", "registry",
                "elasticsearch", "kibana", "kibana-setup", "setup", "ingest-service", "enrich-service", "index-service",
                "feed-service");
    }

    @Test
    void theScalableServicesPinNoContainerNameOrHostPort() throws Exception {
        String config = compose("config");
        for (String service : List.of("enrich-service", "index-service")) {
            String block = serviceBlock(config, service);
            assertThat(block).as(service).doesNotContain("container_name").doesNotContain("ports:");
            assertThat(block).contains("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS: kafka:9092");
        }
        assertThat(config).doesNotContain("container_name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "index-service", "feed-service"})
    void eachServiceImageIsMultiStageNonRootAndHealthChecked(String module) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
        assertThat(dockerfile.lines().filter(l -> l.startsWith("FROM ")).count()).isEqualTo(2);
        assertThat(dockerfile).contains("USER feedpipe").contains("HEALTHCHECK").contains("-pl " + module + " -am");
    }

    private static String serviceBlock(String config, String service) {
        int start = config.indexOf("\n  " + service + ":");
        assertThat(start).as(service + " in the resolved configuration").isGreaterThanOrEqualTo(0);
        int end = config.indexOf("\n  ", start + 3);
        while (end >= 0 && config.startsWith("\n   ", end)) {
            end = config.indexOf("\n  ", end + 3);
        }
        return end < 0 ? config.substring(start) : config.substring(start, end);
    }
}
