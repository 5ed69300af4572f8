package dev.feedpipe.enrich;

import dev.feedpipe.article.Placeholders;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import dev.feedpipe.config.InvalidSettingException;
import dev.feedpipe.config.SettingValues;
import dev.feedpipe.config.Settings;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.Taxonomy;
import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The enrich service's configuration, from {@code FEEDPIPE_*} environment variables. */
public record EnrichConfig(
        String bootstrapServers,
        String registryUrl,
        Topics topics,
        String applicationId,
        int streamThreads,
        String stateDir,
        String opsHost,
        int opsPort,
        int retryInitialMs,
        int retryMaxMs,
        ExtractorSettings extractor,
        Path propertiesFile) {

    public static EnrichConfig load(Map<String, String> environment) {
        SettingValues config = Settings.read(Component.ENRICH, environment);
        ExtractorSettings extractor = Settings.build(
                () -> new ExtractorSettings(
                        new Placeholders(
                                config.string(Catalog.EXTRACT_PLACEHOLDER_CODE),
                                config.string(Catalog.EXTRACT_PLACEHOLDER_FORMULA),
                                config.string(Catalog.EXTRACT_PLACEHOLDER_MATH)),
                        config.integer(Catalog.EXTRACT_SUMMARY_LENGTH),
                        taxonomy(config.string(Catalog.EXTRACT_TAXONOMY_FILE))),
                Catalog.EXTRACT_PLACEHOLDER_CODE,
                Catalog.EXTRACT_PLACEHOLDER_FORMULA,
                Catalog.EXTRACT_PLACEHOLDER_MATH,
                Catalog.EXTRACT_SUMMARY_LENGTH,
                Catalog.EXTRACT_TAXONOMY_FILE);
        String stateDir = config.string(Catalog.ENRICH_STATE_DIR);
        return new EnrichConfig(
                config.string(Catalog.KAFKA_BOOTSTRAP_SERVERS),
                config.string(Catalog.REGISTRY_URL),
                new Topics(
                        config.string(Catalog.TOPIC_RAW),
                        config.string(Catalog.TOPIC_ENRICHED),
                        config.string(Catalog.TOPIC_DLQ)),
                config.string(Catalog.ENRICH_APPLICATION_ID),
                config.integer(Catalog.ENRICH_STREAM_THREADS),
                stateDir.isBlank()
                        ? Path.of(System.getProperty("java.io.tmpdir"), "feedpipe-enrich")
                                .toString()
                        : stateDir,
                config.string(Catalog.ENRICH_HTTP_HOST),
                config.integer(Catalog.ENRICH_HTTP_PORT),
                config.integer(Catalog.ENRICH_RETRY_INITIAL_MS),
                config.integer(Catalog.ENRICH_RETRY_MAX_MS),
                extractor,
                config.string(Catalog.ENRICH_STREAMS_PROPERTIES_FILE).isBlank()
                        ? null
                        : Path.of(config.string(Catalog.ENRICH_STREAMS_PROPERTIES_FILE)));
    }

    /** A new outage tracker with the configured retry delays; quiet for two maximum delays means it is over. */
    public Outage outage() {
        return Outage.jittered(retryInitialMs, retryMaxMs, 2L * retryMaxMs);
    }

    private static Taxonomy taxonomy(String file) {
        if (file.isBlank()) {
            return Taxonomy.defaults();
        }
        try {
            return Taxonomy.load(Path.of(file));
        } catch (IOException e) {
            throw new InvalidSettingException(
                    Catalog.EXTRACT_TAXONOMY_FILE.env() + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Extra Kafka Streams properties from the optional file. */
    public Properties extraStreamsProperties() {
        Properties properties = new Properties();
        if (propertiesFile != null) {
            try (var reader = Files.newBufferedReader(propertiesFile)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot read " + Catalog.ENRICH_STREAMS_PROPERTIES_FILE.env() + " file " + propertiesFile, e);
            }
        }
        return properties;
    }
}
