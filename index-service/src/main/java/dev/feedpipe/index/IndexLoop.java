package dev.feedpipe.index;

import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.index.bulk.BatchBuffer;
import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.index.bulk.RefreshPolicy;
import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.TransientFailures;
import dev.feedpipe.schema.UnreadableRecords;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.Segmenter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop: enriched records into bulk batches, offsets committed only after Elasticsearch
 * acknowledged every action before them. While the loop waits (Elasticsearch or the registry
 * failing), every assigned partition is paused (polling goes on, to stay in the group, but fetches
 * nothing), so nothing piles up in memory; they resume once the wait is over. Records a keep-alive
 * poll returns anyway (from partitions a rebalance assigned inside it) are rewound, never dropped.
 */
public final class IndexLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final Deserializer<EnrichedArticle> deserializer;
    private final String topic;
    private final Segmenter segmenter;
    private final BulkWriter writer;
    private final DeadLetters deadLetters;
    private final IndexMetrics metrics;
    private final BatchBuffer buffer;
    private final Outage outage;
    private final RefreshPolicy refreshes;
    private volatile boolean running = true;
    private volatile boolean healthy = true;

    public IndexLoop(
            Consumer<byte[], byte[]> consumer,
            Deserializer<EnrichedArticle> deserializer,
            String topic,
            Segmenter segmenter,
            BulkWriter writer,
            DeadLetters deadLetters,
            IndexMetrics metrics,
            BatchBuffer buffer,
            Outage outage,
            RefreshPolicy refreshes) {
        this.refreshes = refreshes;
        this.consumer = consumer;
        this.deserializer = deserializer;
        this.topic = topic;
        this.segmenter = segmenter;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.buffer = buffer;
        this.outage = outage;
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
                Map<ConsumerRecord<byte[], byte[]>, Prepared> prepared = prepare(records);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    add(record, prepared.get(record));
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

    /** A record read and made into its document ahead of its turn. */
    private record Prepared(EnrichedArticle article, ArticleDocument document) {}

    /**
     * Reads the batch's records here, then builds their documents (word segmentation, most of the
     * loop's work) on every core; {@link #add} takes them in order. A record that cannot be read or
     * built here is left out, and {@link #add} meets its failure in its turn, as before.
     */
    private Map<ConsumerRecord<byte[], byte[]>, Prepared> prepare(ConsumerRecords<byte[], byte[]> records) {
        List<Map.Entry<ConsumerRecord<byte[], byte[]>, EnrichedArticle>> articles = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.value() != null && RecordActions.id(record) != null) {
                try {
                    articles.add(Map.entry(record, read(record)));
                } catch (RuntimeException e) {
                    // add() retries or dead-letters it in its turn
                }
            }
        }
        // records are equal only to themselves, so a concurrent map keyed by them is an identity map
        Map<ConsumerRecord<byte[], byte[]>, Prepared> prepared = new ConcurrentHashMap<>();
        articles.parallelStream().forEach(entry -> {
            try {
                prepared.put(entry.getKey(), prepared(entry.getValue()));
            } catch (RuntimeException e) {
                // add() dead-letters it in its turn
            }
        });
        return prepared;
    }

    private EnrichedArticle read(ConsumerRecord<byte[], byte[]> record) {
        return deserializer.deserialize(record.topic(), record.headers(), record.value());
    }

    private Prepared prepared(EnrichedArticle article) {
        return new Prepared(article, ArticleDocument.of(article, segmenter));
    }

    private void add(ConsumerRecord<byte[], byte[]> record, Prepared prepared) {
        if (RecordActions.id(record) == null) {
            deadLetter(
                    RecordActions.unread(record),
                    "IllegalArgumentException",
                    "record without key: the key must be the article id");
            return;
        }
        if (!ArticleIds.isValid(RecordActions.id(record))) {
            deadLetter(
                    RecordActions.unread(record),
                    "IllegalArgumentException",
                    ArticleIds.notAnId(RecordActions.id(record)));
            return;
        }
        if (record.value() == null) {
            buffer.add(RecordActions.delete(record), System.nanoTime());
            return;
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        while (true) {
            try {
                Prepared ready = prepared != null ? prepared : prepared(read(record));
                buffer.add(
                        RecordActions.index(record, ready.article().getRevision(), ready.document()),
                        System.nanoTime());
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    deadLetter(
                            RecordActions.unread(record),
                            e.getClass().getName(),
                            UnreadableRecords.reason(record.value(), EnrichedArticle.getClassSchema(), e));
                    return;
                }
                // the registry is away: wait for it, keeping the group membership
                LOG.warn("cannot read a record of " + partition + " yet (" + e + "); retrying");
                waitPaused(outage.failed("registry: " + e));
                consumer.resume(consumer.assignment());
                if (!consumer.assignment().contains(partition)) {
                    return; // revoked meanwhile: its new owner reads it
                }
            }
        }
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
        boolean full = buffer.isFull();
        List<IndexAction> batch = buffer.drain();
        try {
            writer.write(batch, this::waitPaused);
            if (refreshes.afterBatch(full, System.nanoTime())) {
                writer.refresh();
            }
        } finally {
            consumer.resume(consumer.assignment());
        }
        commit(batch);
    }

    /** Waits with every partition paused, polling now and then to stay in the group. */
    private void waitPaused(long delayMs) {
        long until = System.nanoTime() + delayMs * 1_000_000L;
        do {
            consumer.pause(consumer.assignment());
            ConsumerRecords<byte[], byte[]> stray = consumer.poll(Duration.ZERO);
            for (TopicPartition partition : stray.partitions()) {
                // assigned by a rebalance inside this poll and fetched before it could be paused
                consumer.seek(partition, stray.records(partition).get(0).offset());
            }
            consumer.pause(consumer.assignment());
            try {
                Thread.sleep(Math.min(500, Math.max(1, (until - System.nanoTime()) / 1_000_000L)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.nanoTime() < until && running);
    }

    private void commit(List<IndexAction> written) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Set<TopicPartition> owned = consumer.assignment();
        for (IndexAction action : written) {
            if (owned.contains(action.partition())) {
                offsets.merge(
                        action.partition(),
                        new OffsetAndMetadata(action.offset() + 1),
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

    /** Whether Elasticsearch or the registry failed recently and records wait for a retry. */
    public boolean isWaiting() {
        return outage.isOngoing();
    }

    public void stop() {
        running = false;
        consumer.wakeup();
    }
}
