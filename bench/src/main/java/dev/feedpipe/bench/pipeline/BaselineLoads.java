package dev.feedpipe.bench.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.Format;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.search.Segmenter;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.StackEndpoints;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the pipeline is measured against, run in the bench's own JVM on the same stack and payloads: A, an
 * idempotent Avro producer; B, Elasticsearch's own client bulk-loading the same documents; C, plain
 * consume-and-produce of the raw records. Each a floor no stage can beat.
 */
final class BaselineLoads {

    private static final double BASELINE_SECONDS = 5;
    private static final int BASELINE_MAX_ROUNDS = 10;
    private static final int BASELINE_BULK = 500;

    private final StackEndpoints stack;
    private final String prefix;
    private final KafkaClients kafka;

    BaselineLoads(StackEndpoints stack, String prefix) {
        this.stack = stack;
        this.prefix = prefix;
        this.kafka = new KafkaClients(stack.bootstrapServers());
    }

    /**
     * Runs a baseline round after round until its rounds add up to {@link #BASELINE_SECONDS} (or
     * {@link #BASELINE_MAX_ROUNDS}): a burst of a fraction of a second says more about caches and the JIT
     * than about the path it stands for.
     */
    static double sustained(int itemsPerRound, Callable<Double> round) throws Exception {
        double seconds = 0;
        long items = 0;
        int rounds = 0;
        do {
            seconds += itemsPerRound / round.call();
            items += itemsPerRound;
            rounds++;
        } while (seconds < BASELINE_SECONDS && rounds < BASELINE_MAX_ROUNDS);
        return items / seconds;
    }

    double producer(List<String> bodies) throws Exception {
        Topics topics = createTopics(prefix + "-baseline");
        try (Serde<RawArticle> serde = stack.serdes().raw();
                KafkaProducer<String, RawArticle> producer = kafka().producer(
                                "feedpipe-bench-baseline-a",
                                new StringSerializer(),
                                serde.serializer(),
                                Map.of(
                                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                        "lz4",
                                        ProducerConfig.LINGER_MS_CONFIG,
                                        5))) {
            long start = System.nanoTime();
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                RawArticle article = raw("p-" + i, bodies.get(i));
                sends.add(producer.send(new ProducerRecord<>(topics.raw(), article.getId(), article)));
            }
            for (Future<?> send : sends) {
                send.get();
            }
            return rate(bodies.size(), start);
        }
    }

    KafkaClients kafka() {
        return kafka;
    }

    double bulk(List<String> bodies) throws Exception {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        Segmenter segmenter = new Segmenter();
        List<ArticleDocument> documents = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            FeedEntry entry = extractor.extract(ArticleInput.of(bodies.get(i), Format.MARKDOWN));
            EnrichedArticle article = EnrichedArticle.newBuilder()
                    .setId("p-" + i)
                    .setRevision(1)
                    .setTitle(entry.title())
                    .setSummary(entry.summary())
                    .setText(entry.text())
                    .setCategory(entry.category())
                    .setCategorySource(CategorySource.CLASSIFIER)
                    .setLanguage(entry.language())
                    .setExtractorVersion(entry.extractorVersion())
                    .setIngestedAt(Instant.now())
                    .setEnrichedAt(Instant.now())
                    .setPublishedAt(Instant.now())
                    .build();
            documents.add(ArticleDocument.of(article, segmenter));
        }
        // a new index each run: rewriting the same ids at the same version would be refused as stale, cheaply
        ArticleIndex index = new ArticleIndex(
                prefix + "-baseline-" + UUID.randomUUID().toString().substring(0, 8));
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            index.ensure(client);
            long start = System.nanoTime();
            // Elasticsearch's own client in bulks of 500, external versions as the index service writes them
            for (int from = 0; from < documents.size(); from += BASELINE_BULK) {
                List<BulkOperation> operations = new ArrayList<>();
                for (ArticleDocument document :
                        documents.subList(from, Math.min(documents.size(), from + BASELINE_BULK))) {
                    operations.add(BulkOperation.of(o ->
                            o.index(i -> i.id((String) document.source().get(ArticleDocument.ID))
                                    .version(1L)
                                    .versionType(VersionType.External)
                                    .document(document.source()))));
                }
                BulkResponse response =
                        client.bulk(r -> r.index(index.writeAlias()).operations(operations));
                if (response.errors()) {
                    throw new IllegalStateException("baseline bulk refused documents: "
                            + response.items().stream()
                                    .filter(item -> item.error() != null)
                                    .findFirst()
                                    .map(item -> item.error().reason())
                                    .orElse("?"));
                }
            }
            client.indices().refresh(r -> r.index(index.readAlias()));
            double rate = rate(documents.size(), start);
            client.indices().delete(d -> d.index(index.version(1)));
            return rate;
        }
    }

    /** Reads the raw records as bytes and writes them to a scratch topic: the floor any enricher stands on. */
    double consumeAndProduce(String from, String to, int records) throws Exception {
        try (Admin admin = kafka().admin("feedpipe-bench", Map.of())) {
            admin.createTopics(List.of(new NewTopic(to, 6, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
            // a later round of the same baseline copies into the same topic
        }
        try (KafkaConsumer<byte[], byte[]> consumer = kafka().consumer(
                                "feedpipe-bench-baseline-c",
                                new ByteArrayDeserializer(),
                                new ByteArrayDeserializer(),
                                Map.of());
                KafkaProducer<byte[], byte[]> producer = kafka().producer(
                                "feedpipe-bench-baseline-c",
                                new ByteArraySerializer(),
                                new ByteArraySerializer(),
                                Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(from).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            int copied = 0;
            while (copied < records) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    producer.send(new ProducerRecord<>(to, record.key(), record.value()));
                    copied++;
                }
            }
            producer.flush();
            return rate(records, start);
        }
    }

    Topics createTopics(String name) {
        Topics topics = new Topics(name + ".raw", name + ".enriched", name + ".dlq");
        ClusterSetup.run(stack, topics, 6, new PrintStream(OutputStream.nullOutputStream()));
        return topics;
    }

    static RawArticle raw(String id, String body) {
        return RawArticle.newBuilder()
                .setId(id)
                .setRevision(1)
                .setTitle(id)
                .setBody(body)
                .setFormat(ArticleFormat.MARKDOWN)
                .setIngestedAt(Instant.now())
                .build();
    }

    static double rate(int items, long startNanos) {
        return items / ((System.nanoTime() - startNanos) / 1e9);
    }
}
