package dev.feedpipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.feedpipe.config.ServiceMain;
import dev.feedpipe.index.bulk.BatchBuffer;
import dev.feedpipe.index.bulk.RefreshPolicy;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.ops.OpsServer;
import dev.feedpipe.ops.ServiceMetrics;
import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.search.Segmenter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.slf4j.LoggerFactory;

/** Wires the index loop: Kafka consumer, Elasticsearch client, dead letters, health and metrics. */
public final class IndexService implements AutoCloseable {

    private final ElasticsearchClient client;
    private final DeadLetters deadLetters;
    private final Serde<EnrichedArticle> serde;
    private final IndexLoop loop;
    private final Thread thread;
    private final OpsServer ops;

    public IndexService(IndexConfig config) throws IOException {
        PrometheusMeterRegistry metrics = ServiceMetrics.registry();
        client = ElasticsearchClients.of(config.elasticsearchUrl());
        ArticleIndex index = new ArticleIndex(config.indexName());
        index.ensure(client);
        serde = ArticleSerdes.forRegistryBase(config.registryUrl()).enriched();
        KafkaConsumer<byte[], byte[]> consumer = new KafkaClients(config.bootstrapServers())
                .consumer(
                        "feedpipe-index",
                        new ByteArrayDeserializer(),
                        new ByteArrayDeserializer(),
                        Map.of(
                                ConsumerConfig.GROUP_ID_CONFIG, config.groupId(),
                                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.bulkMaxDocuments()));
        new KafkaClientMetrics(consumer).bindTo(metrics);
        IndexMetrics indexMetrics = new IndexMetrics(metrics);
        deadLetters = new DeadLetters(config.bootstrapServers(), config.deadLetterTopic());
        Outage outage = config.outage();
        BulkWriter writer = new BulkWriter(client, index.writeAlias(), deadLetters, outage, indexMetrics);
        loop = new IndexLoop(
                consumer,
                serde.deserializer(),
                config.enrichedTopic(),
                new Segmenter(),
                writer,
                deadLetters,
                indexMetrics,
                new BatchBuffer(config.bulkMaxDocuments(), config.bulkMaxBytes(), config.lingerMs()),
                outage,
                new RefreshPolicy(config.refreshAfterMs()));
        thread = new Thread(loop, "index-loop");
        thread.start();
        Gauge.builder("index.outage", loop, l -> l.isWaiting() ? 1 : 0)
                .description("1 while Elasticsearch or the registry fails and records wait for a retry")
                .register(metrics);
        ops = new OpsServer(
                config.opsHost(),
                config.opsPort(),
                () -> thread.isAlive() && loop.isHealthy() && !loop.isWaiting(),
                metrics);
    }

    public int opsPort() {
        return ops.port();
    }

    /** Waits for the poll loop to end; true when it ended because it was asked to. */
    public boolean awaitLoop() throws InterruptedException {
        thread.join();
        return loop.isHealthy();
    }

    /** Writes what is buffered, commits, and leaves the group. */
    @Override
    public void close() {
        loop.stop();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ops.close();
        deadLetters.close();
        serde.close();
        try {
            client.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /**
     * Builds the next version of the articles index from the enriched topic and swaps the aliases to it;
     * configured like the service.
     */
    private static int reindex() throws IOException {
        Reindexer.Result result = new Reindexer(IndexConfig.load(System.getenv()), System.out).reindex();
        System.out.printf("done: %s -> %s%n", result.from(), result.to());
        return 0;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ServiceMain.runTaskIfAsked("index-service", args, new TreeMap<>(Map.of("reindex", IndexService::reindex)));
        IndexConfig config = ServiceMain.config("index-service", IndexConfig::load);
        IndexService service = ServiceMain.start("index-service", () -> new IndexService(config));
        LoggerFactory.getLogger(IndexService.class)
                .info(
                        "index-service: {} -> {} (alias {}-write), health and metrics on http://{}:{}",
                        config.enrichedTopic(),
                        config.elasticsearchUrl(),
                        config.indexName(),
                        config.opsHost(),
                        service.opsPort());
        if (!service.awaitLoop()) {
            // A dead poll loop must not leave a live-looking process: exit so that a supervisor restarts it.
            LoggerFactory.getLogger(IndexService.class).error("index-service: the poll loop failed; exiting");
            System.exit(1);
        }
    }
}
