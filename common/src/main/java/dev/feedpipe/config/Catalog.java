package dev.feedpipe.config;

import static dev.feedpipe.config.Component.CLI;
import static dev.feedpipe.config.Component.ENRICH;
import static dev.feedpipe.config.Component.FEED;
import static dev.feedpipe.config.Component.INDEX;
import static dev.feedpipe.config.Component.INGEST;
import static dev.feedpipe.config.Component.STACK;

import dev.feedpipe.article.Placeholders;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.NonEmptyString;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Every setting of feedpipe, each declared once. The services' {@link ConfigDef}s, the command line's
 * defaults, the environment handed to child processes, the README's tables and the compose file's
 * environment all come from here (the last two checked by tests).
 */
public final class Catalog {

    /**
     * The largest record the article topics hold, and so what the broker, the topics and every producer
     * are set to: room for the largest body ingest accepts (a quarter of it: up to 4 bytes a character in
     * UTF-8) and its enriched form (clean text and summary beside the metadata), uncompressed.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private static final Range PORT = Range.between(1, 65535);
    private static final Range PORT_OR_ANY = Range.between(0, 65535);
    private static final ConfigDef.Validator PLACEHOLDER =
            (name, value) -> Placeholders.problem((String) value).ifPresent(problem -> {
                throw new ConfigException(name, value, problem);
            });

    // Kafka, registry, Elasticsearch, topics: shared by several services.
    public static final Setting KAFKA_BOOTSTRAP_SERVERS = Setting.of(
            "kafka.bootstrap.servers",
            Type.STRING,
            "127.0.0.1:9092",
            new NonEmptyString(),
            Importance.HIGH,
            "Kafka bootstrap servers.",
            INGEST,
            ENRICH,
            INDEX,
            CLI);
    public static final Setting REGISTRY_URL = Setting.of(
            "registry.url",
            Type.STRING,
            "http://127.0.0.1:8081",
            new NonEmptyString(),
            Importance.HIGH,
            "Base URL of the schema registry (Apicurio 3).",
            INGEST,
            ENRICH,
            INDEX,
            CLI);
    public static final Setting ELASTICSEARCH_URL = Setting.of(
            "elasticsearch.url",
            Type.STRING,
            "http://127.0.0.1:9200",
            new NonEmptyString(),
            Importance.HIGH,
            "Elasticsearch base URL.",
            INDEX,
            FEED,
            CLI);
    public static final Setting INDEX_NAME = Setting.of(
            "index.name",
            Type.STRING,
            "articles",
            new NonEmptyString(),
            Importance.MEDIUM,
            "Base name of the articles index: read alias NAME (what the feed reads), write alias "
                    + "NAME-write, indices NAME-vN.",
            INDEX,
            FEED,
            CLI);
    public static final Setting TOPIC_RAW = Setting.of(
            "topic.raw",
            Type.STRING,
            "articles.raw",
            new NonEmptyString(),
            Importance.MEDIUM,
            "Topic of raw articles: ingest publishes to it, enrich reads it.",
            INGEST,
            ENRICH,
            CLI);
    public static final Setting TOPIC_ENRICHED = Setting.of(
            "topic.enriched",
            Type.STRING,
            "articles.enriched",
            new NonEmptyString(),
            Importance.MEDIUM,
            "Topic of enriched articles: enrich writes it, index reads it.",
            ENRICH,
            INDEX,
            CLI);
    public static final Setting TOPIC_DLQ = Setting.of(
            "topic.dlq",
            Type.STRING,
            "articles.dlq",
            new NonEmptyString(),
            Importance.MEDIUM,
            "Dead-letter topic: records that can never be enriched or indexed, with the reason.",
            ENRICH,
            INDEX,
            CLI);
    public static final Setting TOPICS_PARTITIONS = Setting.of(
            "topics.partitions",
            Type.INT,
            6,
            Range.between(1, 1000),
            Importance.MEDIUM,
            "Partitions of the article topics when the stack or `setup` creates them (the unit of " + "parallelism).",
            STACK,
            CLI);

    // ingest-service
    public static final Setting INGEST_HTTP_HOST = Setting.of(
            "ingest.http.host",
            Type.STRING,
            "127.0.0.1",
            null,
            Importance.MEDIUM,
            "Address the HTTP API listens on (0.0.0.0 for all interfaces).",
            INGEST);
    public static final Setting INGEST_HTTP_PORT = Setting.of(
            "ingest.http.port",
            Type.INT,
            8082,
            PORT_OR_ANY,
            Importance.HIGH,
            "Port of the HTTP API (0 picks a free one).",
            INGEST);
    public static final Setting INGEST_TOKEN = Setting.of(
            "ingest.token",
            Type.PASSWORD,
            null,
            null,
            Importance.HIGH,
            "When set, every write needs 'Authorization: Bearer <token>'; `feedpipe post` sends it. Keep it in the "
                    + "environment.",
            INGEST,
            CLI);
    public static final Setting INGEST_MAX_BODY_BYTES = Setting.of(
            "ingest.max.body.bytes",
            Type.INT,
            2 * 1024 * 1024,
            Range.between(1024, MAX_MESSAGE_BYTES / 4),
            Importance.MEDIUM,
            "Largest accepted request body in bytes; "
                    + "larger ones get 413. At most a quarter of the topics' record limit, so an accepted article "
                    + "always fits a record.",
            INGEST);
    public static final Setting INGEST_MAX_BATCH_ITEMS = Setting.of(
            "ingest.max.batch.items",
            Type.INT,
            100,
            Range.between(1, 10_000),
            Importance.MEDIUM,
            "Most articles in one batch request; more get 413.",
            INGEST);
    public static final Setting INGEST_PRODUCE_TIMEOUT_MS = Setting.of(
            "ingest.produce.timeout.ms",
            Type.INT,
            10_000,
            Range.between(500, 120_000),
            Importance.MEDIUM,
            "How long a write waits for Kafka before answering 503.",
            INGEST);
    public static final Setting INGEST_URL = Setting.of(
            "ingest.url",
            Type.STRING,
            "http://127.0.0.1:8082",
            new NonEmptyString(),
            Importance.MEDIUM,
            "Where `feedpipe post` sends articles.",
            CLI);

    // enrich-service and the extractor
    public static final Setting ENRICH_APPLICATION_ID = Setting.of(
            "enrich.application.id",
            Type.STRING,
            "feedpipe-enrich",
            new NonEmptyString(),
            Importance.HIGH,
            "Kafka Streams application id: instances with the same id share the partitions.",
            ENRICH,
            CLI);
    public static final Setting ENRICH_STREAM_THREADS = Setting.of(
            "enrich.stream.threads",
            Type.INT,
            1,
            Range.between(1, 64),
            Importance.MEDIUM,
            "Stream threads in this instance.",
            ENRICH);
    public static final Setting ENRICH_STATE_DIR = Setting.of(
            "enrich.state.dir",
            Type.STRING,
            "",
            null,
            Importance.LOW,
            "Folder for local state (RocksDB); empty means a folder under the system temp folder.",
            ENRICH);
    public static final Setting ENRICH_HTTP_HOST = Setting.of(
            "enrich.http.host",
            Type.STRING,
            "127.0.0.1",
            null,
            Importance.LOW,
            "Address of the health and metrics endpoints.",
            ENRICH);
    public static final Setting ENRICH_HTTP_PORT = Setting.of(
            "enrich.http.port",
            Type.INT,
            8083,
            PORT_OR_ANY,
            Importance.MEDIUM,
            "Port of /health/live, /health/ready and /metrics (0 picks a free one).",
            ENRICH);
    public static final Setting ENRICH_RETRY_INITIAL_MS = Setting.of(
            "enrich.retry.initial.ms",
            Type.INT,
            500,
            Range.between(1, 60_000),
            Importance.LOW,
            "First retry delay after a transient failure (registry or broker unavailable); it doubles, with jitter, "
                    + "up to the maximum.",
            ENRICH);
    public static final Setting ENRICH_RETRY_MAX_MS = Setting.of(
            "enrich.retry.max.ms",
            Type.INT,
            15_000,
            Range.between(1, 600_000),
            Importance.LOW,
            "Longest retry delay; quiet for twice this long, the outage is over.",
            ENRICH);
    public static final Setting ENRICH_STREAMS_PROPERTIES_FILE = Setting.of(
            "enrich.streams.properties.file",
            Type.STRING,
            "",
            null,
            Importance.LOW,
            "Optional properties file of extra Kafka Streams settings (applied last).",
            ENRICH);
    public static final Setting EXTRACT_PLACEHOLDER_CODE = Setting.of(
            "extract.placeholder.code",
            Type.STRING,
            Placeholders.DEFAULT.code(),
            PLACEHOLDER,
            Importance.LOW,
            "Placeholder of a code block in summaries (the page shows it as a " + "chip).",
            INGEST,
            ENRICH,
            FEED,
            CLI);
    public static final Setting EXTRACT_PLACEHOLDER_FORMULA = Setting.of(
            "extract.placeholder.formula",
            Type.STRING,
            Placeholders.DEFAULT.formula(),
            PLACEHOLDER,
            Importance.LOW,
            "Placeholder of a display formula.",
            INGEST,
            ENRICH,
            FEED,
            CLI);
    public static final Setting EXTRACT_PLACEHOLDER_MATH = Setting.of(
            "extract.placeholder.math",
            Type.STRING,
            Placeholders.DEFAULT.inlineMath(),
            PLACEHOLDER,
            Importance.LOW,
            "Placeholder of inline math.",
            INGEST,
            ENRICH,
            FEED,
            CLI);
    public static final Setting EXTRACT_SUMMARY_LENGTH = Setting.of(
            "extract.summary.length",
            Type.INT,
            Placeholders.DEFAULT_SUMMARY_LENGTH,
            Range.between(Placeholders.MIN_SUMMARY_LENGTH, Placeholders.MAX_SUMMARY_LENGTH),
            Importance.LOW,
            "Summary length limit in code points.",
            ENRICH,
            CLI);
    public static final Setting EXTRACT_TAXONOMY_FILE = Setting.of(
            "extract.taxonomy.file",
            Type.STRING,
            "",
            null,
            Importance.LOW,
            "Taxonomy file ('Category: term, term' lines); empty means the built-in one.",
            ENRICH,
            CLI);

    // index-service
    public static final Setting INDEX_GROUP_ID = Setting.of(
            "index.group.id",
            Type.STRING,
            "feedpipe-index",
            new NonEmptyString(),
            Importance.HIGH,
            "Consumer group: instances with the same group share the partitions.",
            INDEX,
            CLI);
    public static final Setting INDEX_BULK_MAX_DOCUMENTS = Setting.of(
            "index.bulk.max.documents",
            Type.INT,
            500,
            Range.between(1, 10_000),
            Importance.MEDIUM,
            "Most documents in one bulk request.",
            INDEX);
    public static final Setting INDEX_BULK_MAX_BYTES = Setting.of(
            "index.bulk.max.bytes",
            Type.INT,
            5 * 1024 * 1024,
            Range.between(1024, 100 * 1024 * 1024),
            Importance.MEDIUM,
            "Most bytes (estimated) in one bulk request.",
            INDEX);
    public static final Setting INDEX_BULK_LINGER_MS = Setting.of(
            "index.bulk.linger.ms",
            Type.INT,
            200,
            Range.between(0, 60_000),
            Importance.MEDIUM,
            "How long a partly filled bulk request waits for more documents.",
            INDEX);
    public static final Setting INDEX_REFRESH_AFTER_MS = Setting.of(
            "index.refresh.after.ms",
            Type.INT,
            250,
            Range.between(0, 60_000),
            Importance.LOW,
            "After a bulk request that was not full (light load), refresh the index at once, at most once per this many "
                    + "milliseconds, so new articles are searchable before Elasticsearch's periodic 1 s refresh; 0 turns it off.",
            INDEX);
    public static final Setting INDEX_RETRY_INITIAL_MS = Setting.of(
            "index.retry.initial.ms",
            Type.INT,
            200,
            Range.between(1, 60_000),
            Importance.LOW,
            "First retry delay after a retriable failure; it doubles, with jitter, up to the maximum.",
            INDEX);
    public static final Setting INDEX_RETRY_MAX_MS = Setting.of(
            "index.retry.max.ms",
            Type.INT,
            10_000,
            Range.between(1, 600_000),
            Importance.LOW,
            "Longest retry delay; quiet for three times this long, the outage is over.",
            INDEX);
    public static final Setting INDEX_HTTP_HOST = Setting.of(
            "index.http.host",
            Type.STRING,
            "127.0.0.1",
            null,
            Importance.LOW,
            "Address of the health and metrics endpoints.",
            INDEX);
    public static final Setting INDEX_HTTP_PORT = Setting.of(
            "index.http.port",
            Type.INT,
            8084,
            PORT_OR_ANY,
            Importance.MEDIUM,
            "Port of /health/live, /health/ready and /metrics (0 picks a free one).",
            INDEX);

    // feed-service
    public static final Setting FEED_HTTP_HOST = Setting.of(
            "feed.http.host", Type.STRING, "127.0.0.1", null, Importance.MEDIUM, "Address of the page and API.", FEED);
    public static final Setting FEED_HTTP_PORT = Setting.of(
            "feed.http.port",
            Type.INT,
            8080,
            PORT_OR_ANY,
            Importance.HIGH,
            "Port of the page and API (0 picks a free one).",
            FEED);
    public static final Setting FEED_PAGE_REFRESH_MS = Setting.of(
            "feed.page.refresh.ms",
            Type.INT,
            3000,
            Range.between(500, 600_000),
            Importance.LOW,
            "How often the page looks for new articles.",
            FEED);
    public static final Setting FEED_PUBLIC_URL = Setting.of(
            "feed.public.url",
            Type.STRING,
            "",
            Catalog::validatePublicUrl,
            Importance.MEDIUM,
            "Base URL readers reach the feed at "
                    + "(https://news.example.org), used in canonical, share and Atom/JSON Feed links. Empty: taken "
                    + "from each request's Host header; set it in production.",
            FEED);

    // the launcher
    public static final Setting JAVA_OPTS = Setting.of(
            "java.opts",
            Type.STRING,
            "-Xmx384m -XX:+UseSerialGC",
            new NonEmptyString(),
            Importance.LOW,
            "JVM options of a service started by `./feedpipe service`, the demo, "
                    + "the bench and the tests (small heaps and the serial collector: four services and the stack "
                    + "share two cores).",
            CLI);

    // the embedded stack
    public static final Setting STACK_HOME = Setting.of(
            "stack.home",
            Type.STRING,
            "",
            null,
            Importance.MEDIUM,
            "Folder for the stack's data, logs and unpacked services; empty means .feedpipe/stack in the project.",
            STACK);
    public static final Setting KAFKA_PORT =
            Setting.of("kafka.port", Type.INT, 9092, PORT, Importance.HIGH, "Kafka broker (PLAINTEXT) port.", STACK);
    public static final Setting KAFKA_CONTROLLER_PORT = Setting.of(
            "kafka.controller.port", Type.INT, 9093, PORT, Importance.LOW, "Kafka KRaft controller port.", STACK);
    public static final Setting KAFKA_BROKERS = Setting.of(
            "kafka.brokers",
            Type.INT,
            1,
            Range.between(1, 5),
            Importance.MEDIUM,
            "Kafka nodes (broker and controller each) when the stack is first created; each node "
                    + "listens a fixed step of ports above the one before. With 3 or more, topics keep 3 copies and "
                    + "need 2 in sync. A stack keeps the size it was created with.",
            STACK);
    public static final Setting REGISTRY_PORT =
            Setting.of("registry.port", Type.INT, 8081, PORT, Importance.HIGH, "Schema registry HTTP port.", STACK);
    public static final Setting REGISTRY_MANAGEMENT_PORT = Setting.of(
            "registry.management.port",
            Type.INT,
            9001,
            PORT,
            Importance.LOW,
            "Schema registry management (health, metrics) port.",
            STACK);
    public static final Setting ELASTICSEARCH_PORT =
            Setting.of("elasticsearch.port", Type.INT, 9200, PORT, Importance.HIGH, "Elasticsearch HTTP port.", STACK);
    public static final Setting ELASTICSEARCH_TRANSPORT_PORT = Setting.of(
            "elasticsearch.transport.port",
            Type.INT,
            9300,
            PORT,
            Importance.LOW,
            "Elasticsearch transport port.",
            STACK);
    public static final Setting ELASTICSEARCH_USER = Setting.of(
            "elasticsearch.user",
            Type.STRING,
            "feedpipe-es",
            new ConfigDef.NonEmptyStringWithoutControlChars(),
            Importance.LOW,
            "User that runs Elasticsearch when the stack is started as root (created if missing).",
            STACK);
    public static final Setting STACK_HEAP = Setting.of(
            "stack.heap",
            Type.STRING,
            "512m",
            ConfigDef.LambdaValidator.with(
                    (name, value) -> {
                        if (!String.valueOf(value).matches("[1-9][0-9]*[mg]")) {
                            throw new ConfigException(name, value, "must look like 512m or 1g");
                        }
                    },
                    () -> "a size such as 512m or 1g"),
            Importance.LOW,
            "Java heap of each stack service.",
            STACK);
    public static final Setting STACK_STARTUP_TIMEOUT_SECONDS = Setting.of(
            "stack.startup.timeout.seconds",
            Type.INT,
            180,
            Range.between(10, 3600),
            Importance.LOW,
            "How long to wait for each service to become ready.",
            STACK);

    /** Every setting, in the order the README lists them. */
    public static final List<Setting> ALL = List.of(
            KAFKA_BOOTSTRAP_SERVERS,
            REGISTRY_URL,
            ELASTICSEARCH_URL,
            INDEX_NAME,
            TOPIC_RAW,
            TOPIC_ENRICHED,
            TOPIC_DLQ,
            TOPICS_PARTITIONS,
            INGEST_HTTP_HOST,
            INGEST_HTTP_PORT,
            INGEST_TOKEN,
            INGEST_MAX_BODY_BYTES,
            INGEST_MAX_BATCH_ITEMS,
            INGEST_PRODUCE_TIMEOUT_MS,
            INGEST_URL,
            ENRICH_APPLICATION_ID,
            ENRICH_STREAM_THREADS,
            ENRICH_STATE_DIR,
            ENRICH_HTTP_HOST,
            ENRICH_HTTP_PORT,
            ENRICH_RETRY_INITIAL_MS,
            ENRICH_RETRY_MAX_MS,
            ENRICH_STREAMS_PROPERTIES_FILE,
            EXTRACT_PLACEHOLDER_CODE,
            EXTRACT_PLACEHOLDER_FORMULA,
            EXTRACT_PLACEHOLDER_MATH,
            EXTRACT_SUMMARY_LENGTH,
            EXTRACT_TAXONOMY_FILE,
            INDEX_GROUP_ID,
            INDEX_BULK_MAX_DOCUMENTS,
            INDEX_BULK_MAX_BYTES,
            INDEX_BULK_LINGER_MS,
            INDEX_REFRESH_AFTER_MS,
            INDEX_RETRY_INITIAL_MS,
            INDEX_RETRY_MAX_MS,
            INDEX_HTTP_HOST,
            INDEX_HTTP_PORT,
            FEED_HTTP_HOST,
            FEED_HTTP_PORT,
            FEED_PAGE_REFRESH_MS,
            FEED_PUBLIC_URL,
            JAVA_OPTS,
            STACK_HOME,
            KAFKA_PORT,
            KAFKA_CONTROLLER_PORT,
            KAFKA_BROKERS,
            REGISTRY_PORT,
            REGISTRY_MANAGEMENT_PORT,
            ELASTICSEARCH_PORT,
            ELASTICSEARCH_TRANSPORT_PORT,
            ELASTICSEARCH_USER,
            STACK_HEAP,
            STACK_STARTUP_TIMEOUT_SECONDS);

    private Catalog() {}

    /** The settings a component reads, as a Kafka {@link ConfigDef}: what it parses and validates. */
    public static ConfigDef definition(Component component) {
        ConfigDef definition = new ConfigDef();
        ALL.stream().filter(setting -> setting.readBy(component)).forEach(setting -> setting.defineIn(definition));
        return definition;
    }

    public static Optional<Setting> byEnv(String variable) {
        return ALL.stream().filter(setting -> setting.env().equals(variable)).findFirst();
    }

    /** The README's table of the settings some of the components read: variable, default, read by, meaning. */
    public static String markdownTable(List<Component> components) {
        String rows = ALL.stream()
                .filter(setting -> components.stream().anyMatch(setting::readBy))
                .map(setting -> "| `" + setting.env() + "` | " + defaultCell(setting) + " | "
                        + setting.readers().stream()
                                .sorted()
                                .map(c -> c.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))
                        + " | " + setting.description().replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n"));
        return "| variable | default | read by | meaning |\n| --- | --- | --- | --- |\n" + rows + "\n";
    }

    private static String defaultCell(Setting setting) {
        if (setting.defaultValue() == Setting.REQUIRED) {
            return "(required)";
        }
        return setting.defaultText().isEmpty() ? "(empty)" : "`" + setting.defaultText() + "`";
    }

    private static void validatePublicUrl(String name, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ConfigException(
                name,
                value,
                "must be an absolute http(s) URL without query or fragment, like https://news.example.org");
    }
}
