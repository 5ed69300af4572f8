package dev.feedpipe.ingest;

import dev.feedpipe.article.Placeholders;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import dev.feedpipe.config.SettingValues;
import dev.feedpipe.config.Settings;
import java.util.Map;
import java.util.Optional;

/** The ingest service's configuration, from {@code FEEDPIPE_*} environment variables. */
public record IngestConfig(
        String httpHost,
        int httpPort,
        String bootstrapServers,
        String registryUrl,
        String rawTopic,
        Optional<String> token,
        int maxBodyBytes,
        int maxBatchItems,
        int produceTimeoutMs,
        Placeholders placeholders) {

    public static IngestConfig load(Map<String, String> environment) {
        SettingValues config = Settings.read(Component.INGEST, environment);
        return new IngestConfig(
                config.string(Catalog.INGEST_HTTP_HOST),
                config.integer(Catalog.INGEST_HTTP_PORT),
                config.string(Catalog.KAFKA_BOOTSTRAP_SERVERS),
                config.string(Catalog.REGISTRY_URL),
                config.string(Catalog.TOPIC_RAW),
                Optional.ofNullable(config.password(Catalog.INGEST_TOKEN)).filter(value -> !value.isBlank()),
                config.integer(Catalog.INGEST_MAX_BODY_BYTES),
                config.integer(Catalog.INGEST_MAX_BATCH_ITEMS),
                config.integer(Catalog.INGEST_PRODUCE_TIMEOUT_MS),
                // what enrich will read as an article's title is what ingest accepts as one: same placeholders
                Settings.build(
                        () -> new Placeholders(
                                config.string(Catalog.EXTRACT_PLACEHOLDER_CODE),
                                config.string(Catalog.EXTRACT_PLACEHOLDER_FORMULA),
                                config.string(Catalog.EXTRACT_PLACEHOLDER_MATH)),
                        Catalog.EXTRACT_PLACEHOLDER_CODE,
                        Catalog.EXTRACT_PLACEHOLDER_FORMULA,
                        Catalog.EXTRACT_PLACEHOLDER_MATH));
    }
}
