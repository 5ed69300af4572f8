package dev.feedpipe.index;

import dev.feedpipe.config.Settings;
import dev.feedpipe.config.SharedKeys;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.retry.Backoff;
import dev.feedpipe.retry.Outage;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The index service's configuration, from {@code FEEDPIPE_*} environment variables. */
public record IndexConfig(
        String bootstrapServers,
        String registryUrl,
        String elasticsearchUrl,
        String enrichedTopic,
        String deadLetterTopic,
        String groupId,
        String indexName,
        int bulkMaxDocuments,
        int bulkMaxBytes,
        int lingerMs,
        int retryInitialMs,
        int retryMaxMs,
        String opsHost,
        int opsPort) {

    static final String BOOTSTRAP = SharedKeys.BOOTSTRAP;
    static final String REGISTRY = SharedKeys.REGISTRY;
    static final String ELASTICSEARCH = SharedKeys.ELASTICSEARCH;
    static final String ENRICHED = "topic.enriched";
    static final String DLQ = "topic.dlq";
    static final String GROUP = "index.group.id";
    static final String INDEX = SharedKeys.INDEX_NAME;
    static final String MAX_DOCS = "index.bulk.max.documents";
    static final String MAX_BYTES = "index.bulk.max.bytes";
    static final String LINGER = "index.bulk.linger.ms";
    static final String RETRY_INITIAL = "index.retry.initial.ms";
    static final String RETRY_MAX = "index.retry.max.ms";
    static final String OPS_HOST = "index.http.host";
    static final String OPS_PORT = "index.http.port";

    public static final ConfigDef DEFINITION = shared(new ConfigDef())
            .define(GROUP, Type.STRING, "feedpipe-index", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Consumer group: instances with the same group share the partitions.")
            .define(MAX_DOCS, Type.INT, 500, Range.between(1, 10_000), Importance.MEDIUM,
                    "Most documents in one bulk request.")
            .define(MAX_BYTES, Type.INT, 5 * 1024 * 1024, Range.between(1024, 100 * 1024 * 1024), Importance.MEDIUM,
                    "Most bytes (estimated) in one bulk request.")
            .define(LINGER, Type.INT, 200, Range.between(0, 60_000), Importance.MEDIUM,
                    "How long a partly filled bulk request waits for more documents.")
            .define(RETRY_INITIAL, Type.INT, 200, Range.between(1, 60_000), Importance.LOW,
                    "First retry delay after a retriable failure; it doubles, with jitter, up to the maximum.")
            .define(RETRY_MAX, Type.INT, 10_000, Range.between(1, 600_000), Importance.LOW,
                    "Longest retry delay.")
            .define(OPS_HOST, Type.STRING, "127.0.0.1", Importance.LOW, "Address of the health and metrics endpoints.")
            .define(OPS_PORT, Type.INT, 8084, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of /health/live, /health/ready and /metrics (0 picks a free one).");

    private static ConfigDef shared(ConfigDef definition) {
        SharedKeys.kafka(definition);
        SharedKeys.elasticsearch(definition, "Base name of the index: read alias NAME, write alias NAME-write, indices NAME-vN.");
        SharedKeys.topic(definition, ENRICHED, Topics.DEFAULT_ENRICHED, "Topic of enriched articles (input).");
        return SharedKeys.topic(definition, DLQ, Topics.DEFAULT_DEAD_LETTER,
                "Dead-letter topic for records Elasticsearch rejects or that cannot be read.");
    }

    /**
     * A new outage tracker with the configured retry delays; quiet for three maximum delays means the
     * dependency is back.
     */
    public Outage outage() {
        return new Outage(new Backoff(retryInitialMs, retryMaxMs, () -> ThreadLocalRandom.current().nextDouble()),
                3L * retryMaxMs, System::nanoTime);
    }

    public static IndexConfig load(Map<String, String> environment) {
        AbstractConfig config = Settings.parse(DEFINITION, environment);
        return new IndexConfig(
                config.getString(BOOTSTRAP), config.getString(REGISTRY), config.getString(ELASTICSEARCH),
                config.getString(ENRICHED), config.getString(DLQ), config.getString(GROUP), config.getString(INDEX),
                config.getInt(MAX_DOCS), config.getInt(MAX_BYTES), config.getInt(LINGER),
                config.getInt(RETRY_INITIAL), config.getInt(RETRY_MAX),
                config.getString(OPS_HOST), config.getInt(OPS_PORT));
    }
}
