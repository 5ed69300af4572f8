package dev.feedpipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.feedpipe.index.bulk.Backoff;
import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.Segmenter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;

/**
 * Builds the next version of the index from the enriched topic and swaps both aliases to it in one
 * request, so searches never fail. Records the live indexer wrote to the old version meanwhile are
 * read again after the swap (writes are idempotent by id and revision). The old version is kept for
 * a rollback.
 */
public final class Reindexer {

    private final IndexConfig config;
    private final PrintStream out;

    public Reindexer(IndexConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** What the reindex did. */
    public record Result(String from, String to, long records) {
    }

    public Result reindex() throws IOException {
        ArticleIndex index = new ArticleIndex(config.indexName());
        try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(config.elasticsearchUrl()));
                DeadLetters deadLetters = new DeadLetters(config.bootstrapServers(), config.deadLetterTopic());
                Serde<EnrichedArticle> serde = ArticleSerdes.forRegistryBase(config.registryUrl()).enriched();
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.bulkMaxDocuments()),
                        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            index.ensure(client);
            String from = index.current(client).orElseThrow();
            int nextNumber = index.versionNumber(from) + 1;
            String to = index.version(nextNumber);
            index.createVersion(client, nextNumber, false);
            out.printf("reindexing %s into %s from %s%n", from, to, config.enrichedTopic());
            BulkWriter writer = new BulkWriter(client, to, deadLetters,
                    new Backoff(config.retryInitialMs(), config.retryMaxMs(), () -> ThreadLocalRandom.current().nextDouble()),
                    new IndexMetrics(new SimpleMeterRegistry()));
            ArticleDocuments documents = new ArticleDocuments(new Segmenter());
            List<TopicPartition> partitions = consumer.partitionsFor(config.enrichedTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = copyUntil(consumer, consumer.endOffsets(partitions), serde, documents, writer);
            index.swap(client, from, to);
            out.printf("aliases %s and %s now point to %s%n", index.readAlias(), index.writeAlias(), to);
            records += copyUntil(consumer, consumer.endOffsets(partitions), serde, documents, writer);
            out.printf("reindexed %d records; %s is kept for a rollback (delete it when no longer needed)%n", records, from);
            return new Result(from, to, records);
        }
    }

    private long copyUntil(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends,
            Serde<EnrichedArticle> serde, ArticleDocuments documents, BulkWriter writer) {
        long copied = 0;
        while (!reached(consumer, ends)) {
            List<IndexAction> batch = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.key() == null) {
                    continue;
                }
                String id = new String(record.key(), StandardCharsets.UTF_8);
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.value() == null) {
                    batch.add(new IndexAction(partition, record.offset(), id, -1, null, 64, record.key(), null));
                    continue;
                }
                try {
                    EnrichedArticle article = serde.deserializer().deserialize(record.topic(), record.headers(), record.value());
                    batch.add(new IndexAction(partition, record.offset(), id, article.getRevision(), documents.of(article),
                            record.value().length * 2, record.key(), record.value()));
                } catch (RuntimeException e) {
                    // the live indexer already dead-lettered it
                }
            }
            writer.write(batch, () -> { });
            copied += batch.size();
        }
        return copied;
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
