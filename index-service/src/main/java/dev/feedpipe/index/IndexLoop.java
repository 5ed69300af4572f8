package dev.feedpipe.index;

import dev.feedpipe.index.bulk.BatchBuffer;
import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.schema.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The poll loop: enriched records into bulk batches, offsets committed only after Elasticsearch
 * acknowledged every action before them. While a batch waits for Elasticsearch, the assigned
 * partitions are paused (polling goes on, to stay in the group, but fetches nothing), so nothing
 * piles up in memory; they resume once the batch is written.
 */
public final class IndexLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(IndexLoop.class.getName());

    private final Consumer<byte[], byte[]> consumer;
    private final Deserializer<EnrichedArticle> deserializer;
    private final String topic;
    private final ArticleDocuments documents;
    private final BulkWriter writer;
    private final DeadLetters deadLetters;
    private final IndexMetrics metrics;
    private final BatchBuffer buffer;
    private volatile boolean running = true;
    private volatile boolean healthy = true;

    public IndexLoop(Consumer<byte[], byte[]> consumer, Deserializer<EnrichedArticle> deserializer, String topic,
            ArticleDocuments documents, BulkWriter writer, DeadLetters deadLetters, IndexMetrics metrics,
            BatchBuffer buffer) {
        this.consumer = consumer;
        this.deserializer = deserializer;
        this.topic = topic;
        this.documents = documents;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.buffer = buffer;
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                buffer.removePartitions(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // positions come from the committed offsets
            }
        });
        try {
            while (running) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    add(record);
                    if (buffer.isFull()) {
                        flush();
                    }
                }
                if (buffer.isDue(System.nanoTime())) {
                    flush();
                }
            }
            flush();
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            healthy = false;
            throw e;
        } finally {
            consumer.close(Duration.ofSeconds(10));
        }
    }

    private void add(ConsumerRecord<byte[], byte[]> record) {
        String id = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        int size = (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
        IndexAction unread = new IndexAction(partition, record.offset(), id, -1, null, size, record.key(), record.value());
        if (id == null || id.isEmpty()) {
            deadLetter(unread, "IllegalArgumentException", "record without key: the key must be the article id");
            return;
        }
        if (record.value() == null) {
            buffer.add(unread, System.nanoTime());
            return;
        }
        EnrichedArticle article;
        try {
            article = deserializer.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            deadLetter(unread, e.getClass().getName(), "cannot read the enriched record: " + e.getMessage());
            return;
        }
        buffer.add(new IndexAction(partition, record.offset(), id, article.getRevision(), documents.of(article),
                size * 2, record.key(), record.value()), System.nanoTime());
    }

    /** A record that cannot even become an action is dead-lettered in its place in the batch order. */
    private void deadLetter(IndexAction action, String exception, String reason) {
        flush();
        deadLetters.send(action, exception, reason);
        metrics.deadLettered.increment();
        commit(List.of(action));
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<IndexAction> batch = buffer.drain();
        Set<TopicPartition> paused = consumer.assignment();
        consumer.pause(paused);
        try {
            writer.write(batch, () -> consumer.poll(Duration.ZERO));
        } finally {
            consumer.resume(consumer.assignment());
        }
        commit(batch);
    }

    private void commit(List<IndexAction> written) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Set<TopicPartition> owned = consumer.assignment();
        for (IndexAction action : written) {
            if (owned.contains(action.partition())) {
                offsets.merge(action.partition(), new OffsetAndMetadata(action.offset() + 1),
                        (a, b) -> a.offset() >= b.offset() ? a : b);
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions moved during the write; their new owner reads these records again, and
            // writing them twice is harmless (same id, external version).
            LOG.info("offsets not committed after a rebalance: " + e.getMessage());
        }
    }

    public boolean isHealthy() {
        return healthy;
    }

    public void stop() {
        running = false;
        consumer.wakeup();
    }
}
