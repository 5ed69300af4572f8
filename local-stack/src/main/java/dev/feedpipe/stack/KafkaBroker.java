package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.kafka.KafkaClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One node of the KRaft cluster, broker and controller in one process. A cluster of one (the default)
 * lives in {@code kafka/}; node {@code i} of a larger one in {@code kafka-i/}, its ports
 * {@value #PORT_STEP} above those of node {@code i - 1}, every node a voter of the controller quorum.
 */
final class KafkaBroker implements StackService {

    static final String HEALTH_TOPIC = "feedpipe.health";
    static final int PORT_STEP = 10;

    private final StackConfig config;
    private final int node;
    private final int nodes;
    private final Path dir;
    private final PidFile pidFile;

    KafkaBroker(StackConfig config, int node, int nodes) {
        this.config = config;
        this.node = node;
        this.nodes = nodes;
        this.dir = config.home().resolve(nodes == 1 ? "kafka" : "kafka-" + node);
        this.pidFile = new PidFile(dir.resolve("kafka.pid"));
    }

    /** The bootstrap servers of a cluster of {@code nodes}: every node's listener. */
    static String bootstrapServers(StackConfig config, int nodes) {
        return IntStream.rangeClosed(1, nodes)
                .mapToObj(node -> "127.0.0.1:" + brokerPort(config, node))
                .collect(Collectors.joining(","));
    }

    private static int brokerPort(StackConfig config, int node) {
        return config.kafkaPort() + PORT_STEP * (node - 1);
    }

    private static int controllerPort(StackConfig config, int node) {
        return config.kafkaControllerPort() + PORT_STEP * (node - 1);
    }

    @Override
    public String name() {
        return nodes == 1 ? "kafka" : "kafka-" + node;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(
                brokerPort(config, node), Catalog.KAFKA_PORT.env(),
                controllerPort(config, node), Catalog.KAFKA_CONTROLLER_PORT.env());
    }

    @Override
    public String endpoint() {
        return "127.0.0.1:" + brokerPort(config, node);
    }

    @Override
    public Optional<ProcessHandle> process() {
        return pidFile.liveProcess();
    }

    @Override
    public Path logFile() {
        return dir.resolve("logs/kafka.log");
    }

    @Override
    public void start() throws IOException {
        Path libs = config.kafkaLibraries();
        if (!Files.isDirectory(libs)) {
            throw new StackException("Kafka's jars are missing at " + libs + ": build first (./feedpipe build)");
        }
        Files.createDirectories(dir.resolve("data"));
        Path properties = writeServerProperties();
        Path log4j = writeLog4jConfig();
        String classpath = libs.resolve("*").toString();
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            List<String> format = new ArrayList<>(List.of(
                    javaExecutable(),
                    "-cp",
                    classpath,
                    "-Dlog4j2.configurationFile=" + log4j,
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    clusterId(),
                    "-c",
                    properties.toString()));
            if (nodes == 1) {
                format.add("--standalone");
            }
            Processes.run(format, dir, Duration.ofSeconds(90));
        }
        Process process = Processes.launchDetached(
                List.of(
                        javaExecutable(),
                        "-Xms" + config.heap(),
                        "-Xmx" + config.heap(),
                        "-Dlog4j2.configurationFile=" + log4j,
                        "-Dfeedpipe.stack.service=kafka",
                        "-cp",
                        classpath,
                        "kafka.Kafka",
                        properties.toString()),
                dir,
                logFile(),
                Map.of());
        pidFile.write(process.pid());
    }

    @Override
    public void stop() throws IOException {
        pidFile.stopProcess(Duration.ofSeconds(30));
    }

    /** A real produce and consume on a scratch topic, not just an open port. */
    @Override
    public boolean isReady() {
        if (!Processes.portInUse(brokerPort(config, node))) {
            return false;
        }
        KafkaClients kafka = new KafkaClients(endpoint());
        try (KafkaProducer<String, String> producer = kafka.producer(
                        "feedpipe-stack-check",
                        new StringSerializer(),
                        new StringSerializer(),
                        Map.of(
                                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000,
                                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000));
                KafkaConsumer<String, String> consumer = kafka.consumer(
                        "feedpipe-stack-check",
                        new StringDeserializer(),
                        new StringDeserializer(),
                        Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            String marker = UUID.randomUUID().toString();
            RecordMetadata sent = producer.send(new ProducerRecord<>(HEALTH_TOPIC, 0, marker, marker))
                    .get(5, TimeUnit.SECONDS);
            TopicPartition partition = new TopicPartition(HEALTH_TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seek(partition, sent.offset());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (marker.equals(record.value())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** One cluster id for all nodes, made by the first node that formats. */
    private String clusterId() throws IOException {
        Path file = config.home().resolve("kafka-cluster-id");
        if (!Files.exists(file)) {
            Files.writeString(file, Uuid.randomUuid().toString());
        }
        return Files.readString(file).strip();
    }

    private Path writeServerProperties() throws IOException {
        int replicas = TopicSetup.replicationFactor(nodes);
        int minInSync = TopicSetup.minInSyncReplicas(nodes);
        String quorum = nodes == 1
                ? "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort(config, node)
                : "controller.quorum.voters="
                        + IntStream.rangeClosed(1, nodes)
                                .mapToObj(n -> n + "@127.0.0.1:" + controllerPort(config, n))
                                .collect(Collectors.joining(","));
        String text = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=" + node,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort(config, node) + ",CONTROLLER://127.0.0.1:"
                        + controllerPort(config, node),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort(config, node),
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                quorum,
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minInSync,
                "offsets.topic.replication.factor=" + replicas,
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInSync,
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minInSync,
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.min.compaction.lag.ms=0",
                "message.max.bytes=" + Catalog.MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + Catalog.MAX_MESSAGE_BYTES,
                "");
        Path path = dir.resolve("server.properties");
        Files.writeString(path, text);
        return path;
    }

    private Path writeLog4jConfig() throws IOException {
        String text = String.join(
                "\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "");
        Path path = dir.resolve("log4j2.properties");
        Files.writeString(path, text);
        return path;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
