package dev.feedpipe.stack;

import dev.feedpipe.config.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

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
        int partitions,
        String elasticsearchUser,
        String heap,
        int startupTimeoutSeconds) {

    static final String HOME = "stack.home";
    static final String KAFKA_PORT = "kafka.port";
    static final String KAFKA_CONTROLLER_PORT = "kafka.controller.port";
    static final String KAFKA_BROKERS = "kafka.brokers";
    static final String REGISTRY_PORT = "registry.port";
    static final String REGISTRY_MANAGEMENT_PORT = "registry.management.port";
    static final String ES_PORT = "elasticsearch.port";
    static final String ES_TRANSPORT_PORT = "elasticsearch.transport.port";
    static final String PARTITIONS = "topics.partitions";
    static final String ES_USER = "elasticsearch.user";
    static final String HEAP = "stack.heap";
    static final String STARTUP_TIMEOUT = "stack.startup.timeout.seconds";

    private static final Range PORT = Range.between(1, 65535);

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(HOME, Type.STRING, "", Importance.MEDIUM,
                    "Folder for the stack's data, logs and unpacked services; empty means .feedpipe/stack in the project.")
            .define(KAFKA_PORT, Type.INT, 9092, PORT, Importance.HIGH, "Kafka broker (PLAINTEXT) port.")
            .define(KAFKA_CONTROLLER_PORT, Type.INT, 9093, PORT, Importance.LOW, "Kafka KRaft controller port.")
            .define(KAFKA_BROKERS, Type.INT, 1, Range.between(1, 5), Importance.MEDIUM,
                    "Kafka nodes (broker and controller each) when the stack is first created; node i listens "
                            + KafkaBroker.PORT_STEP + " ports above node i-1. With 3 or more, topics keep 3 copies "
                            + "and need 2 in sync. A stack keeps the size it was created with.")
            .define(REGISTRY_PORT, Type.INT, 8081, PORT, Importance.HIGH, "Schema registry HTTP port.")
            .define(REGISTRY_MANAGEMENT_PORT, Type.INT, 9001, PORT, Importance.LOW,
                    "Schema registry management (health, metrics) port.")
            .define(ES_PORT, Type.INT, 9200, PORT, Importance.HIGH, "Elasticsearch HTTP port.")
            .define(ES_TRANSPORT_PORT, Type.INT, 9300, PORT, Importance.LOW, "Elasticsearch transport port.")
            .define(PARTITIONS, Type.INT, 6, Range.between(1, 1000), Importance.MEDIUM,
                    "Partitions of the article topics when the stack creates them (the unit of parallelism).")
            .define(ES_USER, Type.STRING, "feedpipe-es", new ConfigDef.NonEmptyStringWithoutControlChars(),
                    Importance.LOW, "User that runs Elasticsearch when the stack is started as root (created if missing).")
            .define(HEAP, Type.STRING, "512m", ConfigDef.LambdaValidator.with(
                            (name, value) -> {
                                if (!String.valueOf(value).matches("[1-9][0-9]*[mg]")) {
                                    throw new org.apache.kafka.common.config.ConfigException(name, value,
                                            "must look like 512m or 1g");
                                }
                            }, () -> "a size such as 512m or 1g"),
                    Importance.LOW, "Java heap of each stack service.")
            .define(STARTUP_TIMEOUT, Type.INT, 180, Range.between(10, 3600), Importance.LOW,
                    "How long to wait for each service to become ready.");

    public static StackConfig load(Path projectRoot, Map<String, String> environment) {
        AbstractConfig config = Settings.parse(DEFINITION, environment);
        String home = config.getString(HOME);
        Path homePath = home.isBlank() ? projectRoot.resolve(".feedpipe/stack") : Path.of(home);
        return new StackConfig(
                projectRoot.toAbsolutePath().normalize(),
                homePath.toAbsolutePath().normalize(),
                config.getInt(KAFKA_PORT),
                config.getInt(KAFKA_CONTROLLER_PORT),
                config.getInt(KAFKA_BROKERS),
                config.getInt(REGISTRY_PORT),
                config.getInt(REGISTRY_MANAGEMENT_PORT),
                config.getInt(ES_PORT),
                config.getInt(ES_TRANSPORT_PORT),
                config.getInt(PARTITIONS),
                config.getString(ES_USER),
                config.getString(HEAP),
                config.getInt(STARTUP_TIMEOUT));
    }

    public Path distributions() {
        return projectRoot.resolve("local-stack/target/dist");
    }

    public Path kafkaLibraries() {
        return projectRoot.resolve("local-stack/kafka-broker/target/lib");
    }

    public StackConfig withKafkaBrokers(int brokers) {
        return new StackConfig(projectRoot, home, kafkaPort, kafkaControllerPort, brokers, registryPort,
                registryManagementPort, elasticsearchPort, elasticsearchTransportPort, partitions, elasticsearchUser, heap,
                startupTimeoutSeconds);
    }

    public StackEndpoints endpoints() {
        return new StackEndpoints(
                KafkaBroker.bootstrapServers(this, kafkaBrokers),
                "http://127.0.0.1:" + registryPort,
                "http://127.0.0.1:" + elasticsearchPort);
    }
}
