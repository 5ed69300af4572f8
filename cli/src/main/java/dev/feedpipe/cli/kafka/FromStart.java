package dev.feedpipe.cli.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads partitions from their start to the end they have when the read begins: what the operator tools scan. */
public final class FromStart {

    private FromStart() {}

    public static <K, V> void read(
            KafkaConsumer<K, V> consumer,
            List<TopicPartition> partitions,
            Duration timeout,
            Consumer<ConsumerRecord<K, V>> each) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + partitions + " to the end within " + timeout);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(each);
        }
    }
}
