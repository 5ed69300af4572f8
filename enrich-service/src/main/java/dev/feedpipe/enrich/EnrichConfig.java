package dev.feedpipe.enrich;

import dev.feedpipe.config.Settings;
import dev.feedpipe.config.SharedKeys;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.Placeholders;
import dev.feedpipe.extract.classify.Taxonomy;
import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

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
        ExtractorSettings extractor,
        Path propertiesFile) {

    static final String BOOTSTRAP = SharedKeys.BOOTSTRAP;
    static final String REGISTRY = SharedKeys.REGISTRY;
    static final String RAW = "topic.raw";
    static final String ENRICHED = "topic.enriched";
    static final String DLQ = "topic.dlq";
    static final String APPLICATION_ID = "enrich.application.id";
    static final String THREADS = "enrich.stream.threads";
    static final String STATE_DIR = "enrich.state.dir";
    static final String OPS_HOST = "enrich.http.host";
    static final String OPS_PORT = "enrich.http.port";
    static final String CODE_PLACEHOLDER = "extract.placeholder.code";
    static final String FORMULA_PLACEHOLDER = "extract.placeholder.formula";
    static final String MATH_PLACEHOLDER = "extract.placeholder.math";
    static final String SUMMARY_LENGTH = "extract.summary.length";
    static final String TAXONOMY = "extract.taxonomy.file";
    static final String PROPERTIES = "enrich.streams.properties.file";

    public static final ConfigDef DEFINITION = topics(SharedKeys.kafka(new ConfigDef()))
            .define(APPLICATION_ID, Type.STRING, "feedpipe-enrich", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka Streams application id: instances with the same id share the partitions.")
            .define(THREADS, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads in this instance.")
            .define(STATE_DIR, Type.STRING, "", Importance.LOW,
                    "Folder for local state (RocksDB); empty means a folder under the system temp folder.")
            .define(OPS_HOST, Type.STRING, "127.0.0.1", Importance.LOW, "Address of the health and metrics endpoints.")
            .define(OPS_PORT, Type.INT, 8083, Range.between(0, 65535), Importance.MEDIUM,
                    "Port of /health/live, /health/ready and /metrics (0 picks a free one).")
            .define(CODE_PLACEHOLDER, Type.STRING, Placeholders.DEFAULT.code(), Importance.LOW,
                    "Placeholder of a code block in summaries.")
            .define(FORMULA_PLACEHOLDER, Type.STRING, Placeholders.DEFAULT.formula(), Importance.LOW,
                    "Placeholder of a display formula.")
            .define(MATH_PLACEHOLDER, Type.STRING, Placeholders.DEFAULT.inlineMath(), Importance.LOW,
                    "Placeholder of inline math.")
            .define(SUMMARY_LENGTH, Type.INT, ExtractorSettings.DEFAULT_SUMMARY_LENGTH, Range.between(20, 10_000),
                    Importance.LOW, "Summary length limit in code points.")
            .define(TAXONOMY, Type.STRING, "", Importance.LOW,
                    "Taxonomy file ('Category: term, term' lines); empty means the built-in one.")
            .define(PROPERTIES, Type.STRING, "", Importance.LOW,
                    "Optional properties file of extra Kafka Streams settings (applied last).");

    private static ConfigDef topics(ConfigDef definition) {
        SharedKeys.topic(definition, RAW, Topics.DEFAULT_RAW, "Topic of raw articles (input).");
        SharedKeys.topic(definition, ENRICHED, Topics.DEFAULT_ENRICHED, "Topic of enriched articles (output).");
        return SharedKeys.topic(definition, DLQ, Topics.DEFAULT_DEAD_LETTER,
                "Dead-letter topic for records that cannot be enriched.");
    }

    public static EnrichConfig load(Map<String, String> environment) {
        AbstractConfig config = Settings.parse(DEFINITION, environment);
        ExtractorSettings extractor;
        try {
            extractor = new ExtractorSettings(
                    new Placeholders(config.getString(CODE_PLACEHOLDER), config.getString(FORMULA_PLACEHOLDER),
                            config.getString(MATH_PLACEHOLDER)),
                    config.getInt(SUMMARY_LENGTH),
                    taxonomy(config.getString(TAXONOMY)));
        } catch (IllegalArgumentException e) {
            throw new dev.feedpipe.config.InvalidSettingException("FEEDPIPE_EXTRACT_*: " + e.getMessage(), e);
        }
        String stateDir = config.getString(STATE_DIR);
        return new EnrichConfig(
                config.getString(BOOTSTRAP),
                config.getString(REGISTRY),
                new Topics(config.getString(RAW), config.getString(ENRICHED), config.getString(DLQ)),
                config.getString(APPLICATION_ID),
                config.getInt(THREADS),
                stateDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "feedpipe-enrich").toString() : stateDir,
                config.getString(OPS_HOST),
                config.getInt(OPS_PORT),
                extractor,
                config.getString(PROPERTIES).isBlank() ? null : Path.of(config.getString(PROPERTIES)));
    }

    private static Taxonomy taxonomy(String file) {
        if (file.isBlank()) {
            return Taxonomy.defaults();
        }
        try {
            return Taxonomy.load(Path.of(file));
        } catch (IOException e) {
            throw new dev.feedpipe.config.InvalidSettingException(Settings.envName(TAXONOMY) + ": cannot read "
                    + file + ": " + e.getMessage(), e);
        }
    }

    /** Extra Kafka Streams properties from the optional file. */
    public Properties extraStreamsProperties() {
        Properties properties = new Properties();
        if (propertiesFile != null) {
            try (var reader = java.nio.file.Files.newBufferedReader(propertiesFile)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + Settings.envName(PROPERTIES) + " file " + propertiesFile, e);
            }
        }
        return properties;
    }


    public EnrichConfig withExtractor(ExtractorSettings settings) {
        return new EnrichConfig(bootstrapServers, registryUrl, topics, applicationId, streamThreads, stateDir, opsHost,
                opsPort, settings, propertiesFile);
    }
}
