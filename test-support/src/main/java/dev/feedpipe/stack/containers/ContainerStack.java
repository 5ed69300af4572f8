package dev.feedpipe.stack.containers;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.Processes;
import dev.feedpipe.stack.StackEndpoints;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka (KRaft), Apicurio Registry and Elasticsearch as containers, through Testcontainers, with the
 * topics and schemas set up as {@code feedpipe stack up} does: the integration tests' stack when
 * {@code FEEDPIPE_IT_STACK=containers}. The images are the air-gapped ones of
 * {@code docker-compose.airgap.yml} (built here if missing, from the Maven Central distributions), so no
 * test reaches Docker Hub; published ports are on 127.0.0.1 only, so readiness is asked inside each
 * container (the base's {@code http-ok}) rather than from the Docker host's address.
 */
public final class ContainerStack implements AutoCloseable {

    /** The overlay's services whose images this stack runs, as docker-compose.airgap.yml names them. */
    private static final List<String> SERVICES = List.of("kafka", "registry", "elasticsearch");

    private final List<GenericContainer<?>> containers;
    private final StackEndpoints endpoints;

    private ContainerStack(List<GenericContainer<?>> containers, StackEndpoints endpoints) {
        this.containers = containers;
        this.endpoints = endpoints;
    }

    public static ContainerStack start(Path projectRoot, int partitions, PrintStream out) {
        buildImages(projectRoot, out);
        int kafkaPort = Processes.freePort();
        // Kafka tells clients where to connect: the same port inside and on the host, known before start
        GenericContainer<?> kafka = new GenericContainer<>(DockerImageName.parse("feedpipe-airgap/kafka:local"))
                .withEnv(Map.of(
                        "KAFKA_NODE_ID",
                        "1",
                        "KAFKA_PROCESS_ROLES",
                        "broker,controller",
                        "KAFKA_LISTENERS",
                        "PLAINTEXT://:" + kafkaPort + ",CONTROLLER://:9093",
                        "KAFKA_ADVERTISED_LISTENERS",
                        "PLAINTEXT://127.0.0.1:" + kafkaPort,
                        "KAFKA_CONTROLLER_LISTENER_NAMES",
                        "CONTROLLER",
                        "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP",
                        "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                        "KAFKA_CONTROLLER_QUORUM_VOTERS",
                        "1@localhost:9093",
                        "KAFKA_LOG_DIRS",
                        "/var/lib/kafka/data"))
                .withEnv(Map.of(
                        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                        "1",
                        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                        "1",
                        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
                        "1",
                        "KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS",
                        "0",
                        "KAFKA_MESSAGE_MAX_BYTES",
                        Integer.toString(Catalog.MAX_MESSAGE_BYTES)))
                .withExposedPorts(kafkaPort)
                .withCreateContainerCmdModifier(onLoopback(kafkaPort, kafkaPort))
                .waitingFor(
                        Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(Duration.ofMinutes(2)));
        GenericContainer<?> registry = new GenericContainer<>(
                        DockerImageName.parse("feedpipe-airgap/apicurio-registry:local"))
                .withExposedPorts(8080)
                .withCreateContainerCmdModifier(onLoopback(8080, Processes.freePort()))
                .waitingFor(Wait.forSuccessfulCommand("http-ok 8080 /apis/ccompat/v7/subjects")
                        .withStartupTimeout(Duration.ofMinutes(2)));
        GenericContainer<?> elasticsearch = new GenericContainer<>(
                        DockerImageName.parse("feedpipe-airgap/elasticsearch:local"))
                .withEnv(Map.of(
                        "discovery.type",
                        "single-node",
                        "xpack.security.enabled",
                        "false",
                        "cluster.routing.allocation.disk.threshold_enabled",
                        "false",
                        "action.destructive_requires_name",
                        "false",
                        "ES_JAVA_OPTS",
                        "-Xms512m -Xmx512m"))
                .withExposedPorts(9200)
                .withCreateContainerCmdModifier(onLoopback(9200, Processes.freePort()))
                .waitingFor(
                        Wait.forSuccessfulCommand("http-ok 9200 '/_cluster/health?wait_for_status=yellow&timeout=5s'")
                                .withStartupTimeout(Duration.ofMinutes(3)));
        List<GenericContainer<?>> containers = List.of(kafka, registry, elasticsearch);
        try {
            Startables.deepStart(containers).join();
        } catch (RuntimeException e) {
            containers.forEach(GenericContainer::stop);
            throw e;
        }
        StackEndpoints endpoints = new StackEndpoints(
                "127.0.0.1:" + kafkaPort,
                "http://127.0.0.1:" + registry.getMappedPort(8080),
                "http://127.0.0.1:" + elasticsearch.getMappedPort(9200));
        out.printf(
                "containers: kafka %s, registry %s, elasticsearch %s%n",
                endpoints.bootstrapServers(), endpoints.registryUrl(), endpoints.elasticsearchUrl());
        ClusterSetup.run(endpoints, Topics.defaults(), partitions, out);
        return new ContainerStack(containers, endpoints);
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        containers.forEach(GenericContainer::stop);
    }

    /**
     * Builds the local Java base and the three images with the overlay (cached by Docker after the first
     * time). Compose reads the whole file, so the ingest token it insists on gets a placeholder here.
     */
    private static void buildImages(Path root, PrintStream out) {
        String base = Processes.run(
                        List.of(root.resolve("docker/base/build-base.sh").toString()), root, Duration.ofMinutes(10))
                .strip();
        String tag = base.lines().reduce((first, last) -> last).orElseThrow();
        out.println("containers: building " + SERVICES + " on " + tag);
        List<String> build = new ArrayList<>(List.of(
                "env",
                "JRE_IMAGE=" + tag,
                "FEEDPIPE_INGEST_TOKEN=unused-by-these-images",
                "docker-compose",
                "-f",
                root.resolve("docker-compose.yml").toString(),
                "-f",
                root.resolve("docker-compose.airgap.yml").toString(),
                "build"));
        build.addAll(SERVICES);
        Processes.run(build, root, Duration.ofMinutes(10));
    }

    /** Publishes the container's port on 127.0.0.1 only (Testcontainers' own mapping listens on every interface). */
    private static Consumer<CreateContainerCmd> onLoopback(int containerPort, int hostPort) {
        return create -> create.getHostConfig()
                .withPortBindings(new PortBinding(
                        Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), ExposedPort.tcp(containerPort)));
    }
}
