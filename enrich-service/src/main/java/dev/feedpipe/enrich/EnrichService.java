package dev.feedpipe.enrich;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.ServiceMain;
import dev.feedpipe.enrich.errors.FailureHandling;
import dev.feedpipe.enrich.topology.EnrichMetrics;
import dev.feedpipe.enrich.topology.EnrichTopology;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.ops.OpsServer;
import dev.feedpipe.ops.ServiceMetrics;
import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.LoggerFactory;

/** Wires the enrich topology into a running Kafka Streams instance with its health and metrics endpoints. */
public final class EnrichService implements AutoCloseable {

    private final KafkaStreams streams;
    private final Outage outage;
    private final OpsServer ops;
    private final Serde<RawArticle> rawSerde;
    private final Serde<EnrichedArticle> enrichedSerde;

    public EnrichService(EnrichConfig config) {
        PrometheusMeterRegistry metrics = ServiceMetrics.registry();
        ArticleSerdes serdes = ArticleSerdes.forRegistryBase(config.registryUrl());
        rawSerde = serdes.raw();
        enrichedSerde = serdes.enriched();
        Topology topology = EnrichTopology.build(
                new StreamsBuilder(),
                config.topics(),
                rawSerde,
                enrichedSerde,
                config.extractor(),
                Clock.systemUTC(),
                new EnrichMetrics(metrics));
        outage = config.outage();
        streams = new KafkaStreams(topology, streamsProperties(config, outage));
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.REPLACE_THREAD);
        new KafkaStreamsMetrics(streams).bindTo(metrics);
        Gauge.builder("enrich.records.dead.lettered", streams, EnrichService::droppedRecords)
                .description("Records sent to the dead-letter topic (Kafka Streams' dropped records)")
                .register(metrics);
        Gauge.builder("enrich.outage", outage, o -> o.isOngoing() ? 1 : 0)
                .description("1 while the registry or broker fails and records wait for a retry")
                .register(metrics);
        ops = new OpsServer(config.opsHost(), config.opsPort(), this::isReady, metrics);
        streams.start();
    }

    static Properties streamsProperties(EnrichConfig config, Outage outage) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir());
        FailureHandling.configure(properties, outage);
        properties.put(
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
                config.topics().deadLetter());
        properties.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
        properties.put(StreamsConfig.producerPrefix("max.request.size"), Catalog.MAX_MESSAGE_BYTES);
        properties.putAll(config.extraStreamsProperties());
        return properties;
    }

    private static double droppedRecords(KafkaStreams streams) {
        return streams.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("dropped-records-total"))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .sum();
    }

    /** Ready while Streams runs and no registry or broker failure holds records back. */
    public boolean isReady() {
        return streams.state() == KafkaStreams.State.RUNNING && !outage.isOngoing();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public int opsPort() {
        return ops.port();
    }

    /**
     * Closes the Streams instance (committing or aborting its open transaction) and the endpoints, and
     * leaves the group, so the partitions move to the other instances (or a restarted one) at once
     * instead of after the session timeout.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        ops.close();
        rawSerde.close();
        enrichedSerde.close();
    }

    /**
     * Moves the application's offsets on the raw topic to the start, so that the instances re-enrich every
     * article when they start again; refused while one still runs. Configured like the service.
     */
    private static int replay() throws Exception {
        EnrichConfig config = EnrichConfig.load(System.getenv());
        try (Admin admin = new KafkaClients(config.bootstrapServers())
                .admin("feedpipe-replay", Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Replay.Result result = Replay.resetToEarliest(
                    admin, config.applicationId(), config.topics().raw());
            System.out.printf(
                    "reset %s on %d partitions of %s: enrich-service will re-read %d records when it starts%n",
                    config.applicationId(), result.partitions(), config.topics().raw(), result.records());
            return 0;
        }
    }

    public static void main(String[] args) {
        ServiceMain.runTaskIfAsked("enrich-service", args, new TreeMap<>(Map.of("replay", EnrichService::replay)));
        EnrichConfig config = ServiceMain.config("enrich-service", EnrichConfig::load);
        EnrichService service = ServiceMain.start("enrich-service", () -> new EnrichService(config));
        LoggerFactory.getLogger(EnrichService.class)
                .info(
                        "enrich-service {}: {} -> {} (dead letters to {}), {} thread(s), health and metrics on http://{}:{}",
                        config.applicationId(),
                        config.topics().raw(),
                        config.topics().enriched(),
                        config.topics().deadLetter(),
                        config.streamThreads(),
                        config.opsHost(),
                        service.opsPort());
    }
}
