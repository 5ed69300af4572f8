package dev.feedpipe.index;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import dev.feedpipe.config.SettingValues;
import dev.feedpipe.config.Settings;
import dev.feedpipe.retry.Outage;
import java.util.Map;

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
        int refreshAfterMs,
        int retryInitialMs,
        int retryMaxMs,
        String opsHost,
        int opsPort) {

    /**
     * A new outage tracker with the configured retry delays; quiet for three maximum delays means the
     * dependency is back.
     */
    public Outage outage() {
        return Outage.jittered(retryInitialMs, retryMaxMs, 3L * retryMaxMs);
    }

    public static IndexConfig load(Map<String, String> environment) {
        SettingValues config = Settings.read(Component.INDEX, environment);
        return new IndexConfig(
                config.string(Catalog.KAFKA_BOOTSTRAP_SERVERS),
                config.string(Catalog.REGISTRY_URL),
                config.string(Catalog.ELASTICSEARCH_URL),
                config.string(Catalog.TOPIC_ENRICHED),
                config.string(Catalog.TOPIC_DLQ),
                config.string(Catalog.INDEX_GROUP_ID),
                config.string(Catalog.INDEX_NAME),
                config.integer(Catalog.INDEX_BULK_MAX_DOCUMENTS),
                config.integer(Catalog.INDEX_BULK_MAX_BYTES),
                config.integer(Catalog.INDEX_BULK_LINGER_MS),
                config.integer(Catalog.INDEX_REFRESH_AFTER_MS),
                config.integer(Catalog.INDEX_RETRY_INITIAL_MS),
                config.integer(Catalog.INDEX_RETRY_MAX_MS),
                config.string(Catalog.INDEX_HTTP_HOST),
                config.integer(Catalog.INDEX_HTTP_PORT));
    }
}
