package dev.feedpipe.cli.dlq;

import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.DeadLetterHeaders;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code feedpipe dlq}: what the stages refused, and why. */
@Command(
        name = "dlq",
        mixinStandardHelpOptions = true,
        subcommands = DlqRetryCommand.class,
        description = {
            "Print the dead-letter topic: for each refused record its key, time, stage, reason and origin.",
            "'dlq retry' sends dead letters back to their topic once the cause is fixed."
        })
public final class DlqCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", descriptionKey = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--topic", descriptionKey = "topic.dlq")
    String topic;

    @Option(
            names = "--last",
            defaultValue = "20",
            description = "How many of the newest records (default: ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaClients(bootstrapServers)
                .consumer("feedpipe-dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer(), Map.of())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(
                        partition,
                        Math.max(
                                consumer.beginningOffsets(List.of(partition)).get(partition),
                                ends.get(partition) - last));
            }
            int printed = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
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
        DeadLetter letter = DeadLetter.of(record);
        out.printf(
                "%s  key=%s  stage=%s%n    reason: %s%n    from %s  (%s)  dead letter %s%n",
                letter.time(),
                letter.keyText(),
                letter.stage(),
                letter.reason(),
                letter.originPosition(),
                DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.EXCEPTION)
                        .orElse("?"),
                letter.position());
    }
}
