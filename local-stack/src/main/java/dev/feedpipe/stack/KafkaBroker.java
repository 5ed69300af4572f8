package dev.feedpipe.stack;

import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
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

/** A single-node Kafka broker in KRaft mode (broker and controller in one process). */
final class KafkaBroker implements StackService {

    static final String HEALTH_TOPIC = "feedpipe.health";

    private final StackConfig config;
    private final Path dir;
    private final PidFile pidFile;

    KafkaBroker(StackConfig config) {
        this.config = config;
        this.dir = config.home().resolve("kafka");
        this.pidFile = new PidFile(dir.resolve("kafka.pid"));
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(
                config.kafkaPort(), "FEEDPIPE_KAFKA_PORT",
                config.kafkaControllerPort(), "FEEDPIPE_KAFKA_CONTROLLER_PORT");
    }

    @Override
    public String endpoint() {
        return config.endpoints().bootstrapServers();
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
            Processes.run(List.of(javaExecutable(), "-cp", classpath, "-Dlog4j2.configurationFile=" + log4j,
                    "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", properties.toString(), "--standalone"), dir, Duration.ofSeconds(90));
        }
        Process process = Processes.launchDetached(List.of(javaExecutable(), "-Xms" + config.heap(),
                        "-Xmx" + config.heap(), "-Dlog4j2.configurationFile=" + log4j,
                        "-Dfeedpipe.stack.service=kafka", "-cp", classpath, "kafka.Kafka", properties.toString()),
                dir, logFile(), Map.of());
        pidFile.write(process.pid());
    }

    @Override
    public void stop() throws IOException {
        pidFile.stopProcess(Duration.ofSeconds(30));
    }

    /** A real produce and consume on a scratch topic, not just an open port. */
    @Override
    public boolean isReady() {
        if (!Processes.portInUse(config.kafkaPort())) {
            return false;
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            String marker = UUID.randomUUID().toString();
            RecordMetadata sent = producer.send(new ProducerRecord<>(HEALTH_TOPIC, 0, marker, marker))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS);
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

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        return properties;
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return properties;
    }

    private Path writeServerProperties() throws IOException {
        String text = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + config.kafkaPort() + ",CONTROLLER://127.0.0.1:"
                        + config.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + config.kafkaPort(),
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + config.kafkaControllerPort(),
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.min.compaction.lag.ms=0",
                "message.max.bytes=" + Topics.MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + Topics.MAX_MESSAGE_BYTES,
                "") ;
        Path path = dir.resolve("server.properties");
        Files.writeString(path, text);
        return path;
    }

    private Path writeLog4jConfig() throws IOException {
        String text = String.join("\n",
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
