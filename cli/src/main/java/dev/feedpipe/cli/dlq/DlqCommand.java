package dev.feedpipe.cli.dlq;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code feedpipe dlq}: what the stages refused, and why. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Print the dead-letter topic: for each refused record its key, time, stage, reason and origin.")
public final class DlqCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", descriptionKey = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--topic", descriptionKey = "topic.dlq")
    String topic;

    @Option(names = "--last", defaultValue = "20", description = "How many of the newest records (default: ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(consumer.beginningOffsets(List.of(partition)).get(partition),
                        ends.get(partition) - last));
            }
            int printed = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    print(out, record);
                    printed++;
                }
            }
            out.printf("%d dead letter(s) shown from %s%n", printed, topic);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, ConsumerRecord<byte[], byte[]> record) {
        out.printf("%s  key=%s  stage=%s%n    reason: %s%n    from %s[%s]@%s  (%s)%n",
                Instant.ofEpochMilli(record.timestamp()),
                record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8),
                header(record, "feedpipe.stage", "enrich"),
                header(record, "__streams.errors.message", "?"),
                header(record, "__streams.errors.topic", "?"), header(record, "__streams.errors.partition", "?"),
                header(record, "__streams.errors.offset", "?"), header(record, "__streams.errors.exception", "?"));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name, String otherwise) {
        Header header = record.headers().lastHeader(name);
        return header == null ? otherwise : new String(header.value(), StandardCharsets.UTF_8);
    }
}
