package dev.feedpipe.cli.trace;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.cli.kafka.FromStart;
import dev.feedpipe.cli.trace.Trace.DeadLetterEntry;
import dev.feedpipe.cli.trace.Trace.Document;
import dev.feedpipe.cli.trace.Trace.Entry;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.ArticleHeaders;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.DeadLetterHeaders;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.ElasticsearchClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Utils;

/**
 * Gathers what the pipeline holds of one article: its records in the raw, enriched and dead-letter
 * topics (each read in the one partition its key maps to, as Kafka's default partitioner puts it),
 * the Elasticsearch document, and how far the enrich application and the index group have committed.
 */
final class ArticleTracer implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final Topics topics;
    private final ArticleSerdes serdes;
    private final ElasticsearchClient elasticsearch;
    private final String indexAlias;

    ArticleTracer(
            String bootstrapServers, Topics topics, ArticleSerdes serdes, String elasticsearchUrl, String indexAlias) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.serdes = serdes;
        this.elasticsearch = ElasticsearchClients.of(elasticsearchUrl);
        this.indexAlias = indexAlias;
    }

    Trace trace(String id, String enrichApplicationId, String indexGroupId) throws IOException, InterruptedException {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        KafkaClients kafka = new KafkaClients(bootstrapServers);
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(
                        "feedpipe-trace", new ByteArrayDeserializer(), new ByteArrayDeserializer(), Map.of());
                Admin admin = kafka.admin("feedpipe-trace", Map.of());
                Serde<RawArticle> raw = serdes.raw();
                Serde<EnrichedArticle> enriched = serdes.enriched()) {
            TopicPartition rawPartition = partitionOf(consumer, topics.raw(), key);
            TopicPartition enrichedPartition = partitionOf(consumer, topics.enriched(), key);
            List<Entry> rawEntries = entries(
                    consumer,
                    rawPartition,
                    key,
                    revisionOf(raw.deserializer(), rawPartition.topic(), value -> ((RawArticle) value).getRevision()));
            List<Entry> enrichedEntries = entries(
                    consumer,
                    enrichedPartition,
                    key,
                    revisionOf(
                            enriched.deserializer(),
                            enrichedPartition.topic(),
                            value -> ((EnrichedArticle) value).getRevision()));
            List<DeadLetterEntry> deadLetters = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record :
                    read(consumer, partitionOf(consumer, topics.deadLetter(), key), key)) {
                deadLetters.add(new DeadLetterEntry(
                        record.partition(),
                        record.offset(),
                        DeadLetterHeaders.stage(record.headers()),
                        DeadLetterHeaders.reason(record.headers()),
                        DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.TOPIC)
                                .orElse("?"),
                        number(DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.PARTITION))
                                .orElse(-1L)
                                .intValue(),
                        number(DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.OFFSET))
                                .orElse(-1L),
                        Instant.ofEpochMilli(record.timestamp())));
            }
            return new Trace(
                    id,
                    rawEntries,
                    enrichedEntries,
                    deadLetters,
                    document(id),
                    lag(admin, consumer, enrichApplicationId, rawPartition),
                    lag(admin, consumer, indexGroupId, enrichedPartition));
        }
    }

    /** The partition Kafka's default partitioner gives the key. */
    private static TopicPartition partitionOf(KafkaConsumer<byte[], byte[]> consumer, String topic, byte[] key) {
        int partitions = consumer.partitionsFor(topic, READ_TIMEOUT).size();
        if (partitions == 0) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        return new TopicPartition(topic, Utils.toPositive(Utils.murmur2(key)) % partitions);
    }

    private static List<Entry> entries(
            KafkaConsumer<byte[], byte[]> consumer,
            TopicPartition partition,
            byte[] key,
            Function<ConsumerRecord<byte[], byte[]>, OptionalLong> revision) {
        List<Entry> entries = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : read(consumer, partition, key)) {
            boolean tombstone = record.value() == null;
            entries.add(new Entry(
                    record.partition(),
                    record.offset(),
                    tombstone ? ArticleHeaders.revision(record.headers()) : revision.apply(record),
                    tombstone,
                    Instant.ofEpochMilli(record.timestamp())));
        }
        return entries;
    }

    private static Function<ConsumerRecord<byte[], byte[]>, OptionalLong> revisionOf(
            Deserializer<?> deserializer, String topic, Function<Object, Long> revision) {
        return record -> {
            try {
                return OptionalLong.of(
                        revision.apply(deserializer.deserialize(topic, record.headers(), record.value())));
            } catch (RuntimeException e) {
                return OptionalLong.empty(); // unreadable: its dead letter says why
            }
        };
    }

    /** The records of one partition with this key, from the start to the end it has now. */
    private static List<ConsumerRecord<byte[], byte[]>> read(
            KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, byte[] key) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        FromStart.read(consumer, List.of(partition), READ_TIMEOUT, record -> {
            if (record.key() != null && Arrays.equals(record.key(), key)) {
                found.add(record);
            }
        });
        return found;
    }

    private static OptionalLong lag(
            Admin admin, KafkaConsumer<byte[], byte[]> consumer, String group, TopicPartition partition)
            throws InterruptedException {
        try {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .get(partition);
            if (committed == null) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(
                    Math.max(0, consumer.endOffsets(List.of(partition)).get(partition) - committed.offset()));
        } catch (ExecutionException e) {
            return OptionalLong.empty();
        }
    }

    private Optional<Document> document(String id) throws IOException {
        GetResponse<JsonNode> response;
        try {
            response = elasticsearch.get(g -> g.index(indexAlias).id(id), JsonNode.class);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty(); // no index yet: index-service has not started
            }
            throw e;
        }
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        EnrichedArticle article = ArticleDocument.read(response.source());
        return Optional.of(new Document(
                article.getRevision(),
                response.version() == null ? -1 : response.version(),
                article.getEnrichedAt().toString()));
    }

    private static Optional<Long> number(Optional<String> text) {
        try {
            return text.map(String::strip).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        elasticsearch.close();
    }
}
