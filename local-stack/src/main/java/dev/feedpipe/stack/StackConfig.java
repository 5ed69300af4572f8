package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import dev.feedpipe.config.SettingValues;
import dev.feedpipe.config.Settings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack lives and which ports it uses. Every key can be set by its environment
 * variable ({@code FEEDPIPE_KAFKA_PORT} for {@code kafka.port}, ...).
 */
public record StackConfig(
        Path projectRoot,
        Path home,
        int kafkaPort,
        int kafkaControllerPort,
        int kafkaBrokers,
        int registryPort,
        int registryManagementPort,
        int elasticsearchPort,
        int elasticsearchTransportPort,
        int elasticsearchNodes,
        int partitions,
        String elasticsearchUser,
        String heap,
        int startupTimeoutSeconds) {

    public static StackConfig load(Path projectRoot, Map<String, String> environment) {
        SettingValues config = Settings.read(Component.STACK, environment);
        String home = config.string(Catalog.STACK_HOME);
        Path homePath = home.isBlank() ? projectRoot.resolve(".feedpipe/stack") : Path.of(home);
        return new StackConfig(
                projectRoot.toAbsolutePath().normalize(),
                homePath.toAbsolutePath().normalize(),
                config.integer(Catalog.KAFKA_PORT),
                config.integer(Catalog.KAFKA_CONTROLLER_PORT),
                config.integer(Catalog.KAFKA_BROKERS),
                config.integer(Catalog.REGISTRY_PORT),
                config.integer(Catalog.REGISTRY_MANAGEMENT_PORT),
                config.integer(Catalog.ELASTICSEARCH_PORT),
                config.integer(Catalog.ELASTICSEARCH_TRANSPORT_PORT),
                config.integer(Catalog.ELASTICSEARCH_NODES),
                config.integer(Catalog.TOPICS_PARTITIONS),
                config.string(Catalog.ELASTICSEARCH_USER),
                config.string(Catalog.STACK_HEAP),
                config.integer(Catalog.STACK_STARTUP_TIMEOUT_SECONDS));
    }

    public Path distributions() {
        return projectRoot.resolve("local-stack/target/dist");
    }

    public Path kafkaLibraries() {
        return projectRoot.resolve("local-stack/kafka-broker/target/lib");
    }

    /** The same stack with {@code brokers} Kafka nodes and {@code nodes} Elasticsearch nodes. */
    public StackConfig withSizes(int brokers, int nodes) {
        return new StackConfig(
                projectRoot,
                home,
                kafkaPort,
                kafkaControllerPort,
                brokers,
                registryPort,
                registryManagementPort,
                elasticsearchPort,
                elasticsearchTransportPort,
                nodes,
                partitions,
                elasticsearchUser,
                heap,
                startupTimeoutSeconds);
    }

    public StackEndpoints endpoints() {
        return new StackEndpoints(
                KafkaBroker.bootstrapServers(this, kafkaBrokers),
                "http://127.0.0.1:" + registryPort,
                ElasticsearchNode.urls(this));
    }
}
