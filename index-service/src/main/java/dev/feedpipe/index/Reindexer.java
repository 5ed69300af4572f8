package dev.feedpipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.TransientFailures;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.search.Segmenter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    public record Result(String from, String to, long records) {}

    public Result reindex() throws IOException {
        ArticleIndex index = new ArticleIndex(config.indexName());
        try (ElasticsearchClient client = ElasticsearchClients.of(config.elasticsearchUrl());
                DeadLetters deadLetters = new DeadLetters(config.bootstrapServers(), config.deadLetterTopic());
                Serde<EnrichedArticle> serde =
                        ArticleSerdes.forRegistryBase(config.registryUrl()).enriched();
                KafkaConsumer<byte[], byte[]> consumer = new KafkaClients(config.bootstrapServers())
                        .consumer(
                                "feedpipe-reindex",
                                new ByteArrayDeserializer(),
                                new ByteArrayDeserializer(),
                                Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.bulkMaxDocuments()))) {
            index.ensure(client);
            String from = index.current(client).orElseThrow();
            int nextNumber = index.versionNumber(from) + 1;
            String to = index.version(nextNumber);
            index.createVersion(client, nextNumber, false);
            out.printf("reindexing %s into %s from %s%n", from, to, config.enrichedTopic());
            Outage outage = config.outage();
            BulkWriter writer =
                    new BulkWriter(client, to, deadLetters, outage, new IndexMetrics(new SimpleMeterRegistry()));
            Segmenter segmenter = new Segmenter();
            List<TopicPartition> partitions = consumer.partitionsFor(config.enrichedTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = copyUntil(consumer, consumer.endOffsets(partitions), serde, segmenter, writer, outage);
            index.swap(client, from, to);
            out.printf("aliases %s and %s now point to %s%n", index.readAlias(), index.writeAlias(), to);
            records += copyUntil(consumer, consumer.endOffsets(partitions), serde, segmenter, writer, outage);
            out.printf(
                    "reindexed %d records; %s is kept for a rollback (delete it when no longer needed)%n",
                    records, from);
            return new Result(from, to, records);
        }
    }

    private long copyUntil(
            KafkaConsumer<byte[], byte[]> consumer,
            Map<TopicPartition, Long> ends,
            Serde<EnrichedArticle> serde,
            Segmenter segmenter,
            BulkWriter writer,
            Outage outage) {
        long copied = 0;
        while (!reached(consumer, ends)) {
            List<IndexAction> batch = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (RecordActions.id(record) == null) {
                    continue; // the live indexer dead-lettered it
                }
                if (record.value() == null) {
                    batch.add(RecordActions.delete(record));
                    continue;
                }
                EnrichedArticle article = read(serde, record, outage);
                if (article != null) {
                    batch.add(
                            RecordActions.index(record, article.getRevision(), ArticleDocument.of(article, segmenter)));
                }
            }
            writer.write(batch, Outage::sleep);
            copied += batch.size();
        }
        return copied;
    }

    /**
     * Waits out a registry outage (the new version must not miss an article because the registry
     * blinked); a record that can never be read was dead-lettered by the live indexer: null.
     */
    private static EnrichedArticle read(
            Serde<EnrichedArticle> serde, ConsumerRecord<byte[], byte[]> record, Outage outage) {
        while (true) {
            try {
                return serde.deserializer().deserialize(record.topic(), record.headers(), record.value());
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    return null;
                }
                Outage.sleep(outage.failed("registry: " + e));
            }
        }
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
