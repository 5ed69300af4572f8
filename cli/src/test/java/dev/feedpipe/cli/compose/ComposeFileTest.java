package dev.feedpipe.cli.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import dev.feedpipe.config.Service;
import dev.feedpipe.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final String TOKEN = "FEEDPIPE_INGEST_TOKEN";

    private static final String AIRGAP_BASE = "feedpipe/jre-base:compose-test";

    private static String compose(String... args) throws IOException, InterruptedException {
        return compose(List.of(), args);
    }

    /** docker-compose with the given overlays after docker-compose.yml. */
    private static String compose(List<String> overlays, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>();
        overlays.forEach(
                overlay -> all.addAll(List.of("-f", ROOT.resolve(overlay).toString())));
        all.addAll(List.of(args));
        Run run = run(true, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output();
    }

    private record Run(int exitCode, String output) {}

    private static Run run(boolean withToken, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "docker-compose", "-f", ROOT.resolve("docker-compose.yml").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(TOKEN);
        builder.environment().put("JRE_IMAGE", AIRGAP_BASE);
        if (withToken) {
            builder.environment().put(TOKEN, "compose-test-token");
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void composeRefusesToRunWithoutAnIngestToken() throws Exception {
        Run run = run(false, "config");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains(TOKEN);
        assertThat(serviceBlock(compose("config"), "ingest-service")).contains(TOKEN + ": compose-test-token");
    }

    @Test
    void operatorPortsAreLoopbackOnlyServicesRestartAndKafkaKeepsItsDataOnTheVolume() throws Exception {
        String config = compose("config");
        for (String service : List.of("elasticsearch", "kibana", "ingest-service", "feed-service")) {
            assertThat(serviceBlock(config, service))
                    .as(service)
                    .containsPattern("ports:\\s+- 127\\.0\\.0\\.1:\\d+:\\d+");
        }
        for (String service : List.of("ingest-service", "enrich-service", "index-service", "feed-service")) {
            assertThat(serviceBlock(config, service)).as(service).contains("restart: unless-stopped");
        }
        String kafka = serviceBlock(config, "kafka");
        assertThat(kafka)
                .contains("KAFKA_LOG_DIRS: /var/lib/kafka/data")
                .contains("kafka-data:/var/lib/kafka/data")
                .contains("KAFKA_MESSAGE_MAX_BYTES: " + Catalog.MAX_MESSAGE_BYTES);
    }

    @Test
    void theComposeFileIsValidAndHasEveryService() throws Exception {
        assertThat(compose("config", "--services").lines().toList())
                .containsExactlyInAnyOrder(
                        "kafka",
                        "registry",
                        "elasticsearch",
                        "kibana",
                        "kibana-setup",
                        "setup",
                        "ingest-service",
                        "enrich-service",
                        "index-service",
                        "feed-service");
    }

    @Test
    void theAirGappedOverlayBuildsTheStackFromMavenCentralOnTheLocalBaseAndLeavesKibanaToAProfile() throws Exception {
        List<String> overlay = List.of("docker-compose.airgap.yml");
        String config = compose(overlay, "config");
        for (String service : List.of("kafka", "registry", "elasticsearch")) {
            assertThat(serviceBlock(config, service))
                    .as(service)
                    .contains("image: feedpipe-airgap/")
                    .contains("dockerfile: docker/airgap/")
                    .contains("JRE_IMAGE: " + AIRGAP_BASE);
        }
        for (String service : List.of("setup", "ingest-service", "enrich-service", "index-service", "feed-service")) {
            assertThat(serviceBlock(config, service)).as(service).contains("JRE_IMAGE: " + AIRGAP_BASE);
        }
        for (String service : List.of("kibana", "kibana-setup")) {
            assertThat(serviceBlock(config, service))
                    .as(service + " only on request")
                    .containsPattern("profiles:\\s+- kibana");
        }
        assertThat(serviceBlock(compose("config"), "kibana"))
                .as("kibana by default without the overlay")
                .doesNotContain("profiles:");
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
    void eachServiceImageIsBuiltFromItsModuleOnAChosenJavaBaseNonRootAndHealthChecked(String module) throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("docker/service.Dockerfile"));
        assertThat(dockerfile)
                .contains("ARG JRE_IMAGE=")
                .contains("FROM ${JRE_IMAGE}")
                .contains("USER feedpipe")
                .contains("HEALTHCHECK");
        Service service = List.of(Service.values()).stream()
                .filter(s -> s.module().equals(module))
                .findFirst()
                .orElseThrow();
        assertThat(serviceBlock(compose("config"), module))
                .as("build arguments of " + module + ", as the catalog says")
                .contains("context: " + ROOT.resolve(module + "/target"))
                .contains("MAIN_CLASS: " + service.mainClass())
                .containsPattern("PORT: ['\"]?" + service.portSetting().defaultText() + "['\"]?");
    }

    /**
     * The services' environment in compose comes from the catalog: every FEEDPIPE_ variable is a setting
     * some service reads, each service's values pass the catalog's validation, and each listens on all
     * interfaces inside its container.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "index", "feed"})
    void eachServiceEnvironmentIsCatalogSettingsWithValidValues(String name) throws Exception {
        Service service = Service.byShortName(name);
        Component component = Component.valueOf(service.name());
        Map<String, String> environment = new HashMap<>();
        Matcher variable = Pattern.compile("\\n\\s+(FEEDPIPE_[A-Z0-9_]+): ?(.*)")
                .matcher(serviceBlock(compose("config"), service.module()));
        while (variable.find()) {
            environment.put(variable.group(1), variable.group(2).strip().replaceAll("^['\"]|['\"]$", ""));
        }
        assertThat(environment).as(service.module()).isNotEmpty();
        for (String key : environment.keySet()) {
            assertThat(Catalog.byEnv(key)).as(key + " in the catalog").isPresent();
            assertThat(Catalog.byEnv(key).get().readers())
                    .as(key + " read by a service")
                    .containsAnyOf(Component.INGEST, Component.ENRICH, Component.INDEX, Component.FEED);
        }
        assertThatCode(() -> Settings.read(component, environment))
                .as(service.module())
                .doesNotThrowAnyException();
        String host = component.name().toLowerCase(Locale.ROOT) + ".http.host";
        assertThat(environment)
                .as(service.module() + " listens on all interfaces")
                .containsEntry(
                        Catalog.ALL.stream()
                                .filter(s -> s.key().equals(host))
                                .findFirst()
                                .orElseThrow()
                                .env(),
                        "0.0.0.0");
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
