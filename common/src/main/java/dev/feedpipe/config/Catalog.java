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
    public static final Setting KAFKA_BOOTSTRAP_SERVERS = Setting.text("kafka.bootstrap.servers")
            .byDefault("127.0.0.1:9092")
            .valid(new NonEmptyString())
            .importance(Importance.HIGH)
            .meaning("Kafka bootstrap servers.")
            .readBy(INGEST, ENRICH, INDEX, CLI);
    public static final Setting REGISTRY_URL = Setting.text("registry.url")
            .byDefault("http://127.0.0.1:8081")
            .valid(new NonEmptyString())
            .importance(Importance.HIGH)
            .meaning("Base URL of the schema registry (Apicurio 3).")
            .readBy(INGEST, ENRICH, INDEX, CLI);
    public static final Setting ELASTICSEARCH_URL = Setting.text("elasticsearch.url")
            .byDefault("http://127.0.0.1:9200")
            .valid(new NonEmptyString())
            .importance(Importance.HIGH)
            .meaning("Elasticsearch base URL, or a comma-separated list of a cluster's nodes (the client spreads "
                    + "requests over them and skips a dead one).")
            .readBy(INDEX, FEED, CLI);
    public static final Setting INDEX_NAME = Setting.text("index.name")
            .byDefault("articles")
            .valid(new NonEmptyString())
            .importance(Importance.MEDIUM)
            .meaning("Base name of the articles index: read alias NAME (what the feed reads), write alias "
                    + "NAME-write, indices NAME-vN.")
            .readBy(INDEX, FEED, CLI);
    public static final Setting TOPIC_RAW = Setting.text("topic.raw")
            .byDefault("articles.raw")
            .valid(new NonEmptyString())
            .importance(Importance.MEDIUM)
            .meaning("Topic of raw articles: ingest publishes to it, enrich reads it.")
            .readBy(INGEST, ENRICH, CLI);
    public static final Setting TOPIC_ENRICHED = Setting.text("topic.enriched")
            .byDefault("articles.enriched")
            .valid(new NonEmptyString())
            .importance(Importance.MEDIUM)
            .meaning("Topic of enriched articles: enrich writes it, index reads it.")
            .readBy(ENRICH, INDEX, CLI);
    public static final Setting TOPIC_DLQ = Setting.text("topic.dlq")
            .byDefault("articles.dlq")
            .valid(new NonEmptyString())
            .importance(Importance.MEDIUM)
            .meaning("Dead-letter topic: records that can never be enriched or indexed, with the reason.")
            .readBy(ENRICH, INDEX, CLI);
    public static final Setting TOPICS_PARTITIONS = Setting.integer("topics.partitions")
            .byDefault(6)
            .valid(Range.between(1, 1000))
            .importance(Importance.MEDIUM)
            .meaning("Partitions of the article topics when the stack or `setup` creates them (the unit of "
                    + "parallelism).")
            .readBy(STACK, CLI);

    // ingest-service
    public static final Setting INGEST_HTTP_HOST = Setting.text("ingest.http.host")
            .byDefault("127.0.0.1")
            .importance(Importance.MEDIUM)
            .meaning("Address the HTTP API listens on (0.0.0.0 for all interfaces).")
            .readBy(INGEST);
    public static final Setting INGEST_HTTP_PORT = Setting.integer("ingest.http.port")
            .byDefault(8082)
            .valid(PORT_OR_ANY)
            .importance(Importance.HIGH)
            .meaning("Port of the HTTP API (0 picks a free one).")
            .readBy(INGEST);
    public static final Setting INGEST_TOKEN = Setting.password("ingest.token")
            .importance(Importance.HIGH)
            .meaning(
                    "When set, every write needs 'Authorization: Bearer <token>'; `feedpipe post` sends it. Keep it in the "
                            + "environment.")
            .readBy(INGEST, CLI);
    public static final Setting INGEST_MAX_BODY_BYTES = Setting.integer("ingest.max.body.bytes")
            .byDefault(2 * 1024 * 1024)
            .valid(Range.between(1024, MAX_MESSAGE_BYTES / 4))
            .importance(Importance.MEDIUM)
            .meaning("Largest accepted request body in bytes; "
                    + "larger ones get 413. At most a quarter of the topics' record limit, so an accepted article "
                    + "always fits a record.")
            .readBy(INGEST);
    public static final Setting INGEST_MAX_BATCH_ITEMS = Setting.integer("ingest.max.batch.items")
            .byDefault(100)
            .valid(Range.between(1, 10_000))
            .importance(Importance.MEDIUM)
            .meaning("Most articles in one batch request; more get 413.")
            .readBy(INGEST);
    public static final Setting INGEST_PRODUCE_TIMEOUT_MS = Setting.integer("ingest.produce.timeout.ms")
            .byDefault(10_000)
            .valid(Range.between(500, 120_000))
            .importance(Importance.MEDIUM)
            .meaning("How long a write waits for Kafka before answering 503.")
            .readBy(INGEST);
    public static final Setting INGEST_URL = Setting.text("ingest.url")
            .byDefault("http://127.0.0.1:8082")
            .valid(new NonEmptyString())
            .importance(Importance.MEDIUM)
            .meaning("Where `feedpipe post` sends articles.")
            .readBy(CLI);
    public static final Setting JAVA_AOT = Setting.text("java.aot")
            .byDefault("use")
            .valid(ConfigDef.ValidString.in("use", "train", "off"))
            .importance(Importance.LOW)
            .meaning(
                    "On JDK 25 and later, a service started by `./feedpipe` (service, demo, bench, tests) runs with its "
                            + "ahead-of-time cache (`.feedpipe/aot/SERVICE.aot`: classes loaded and linked, method profiles) "
                            + "when one exists: `use`; `train` writes that cache when the service exits (`./feedpipe aot` "
                            + "does it under load); `off`: neither.")
            .readBy(CLI);

    // enrich-service and the extractor
    public static final Setting ENRICH_APPLICATION_ID = Setting.text("enrich.application.id")
            .byDefault("feedpipe-enrich")
            .valid(new NonEmptyString())
            .importance(Importance.HIGH)
            .meaning("Kafka Streams application id: instances with the same id share the partitions.")
            .readBy(ENRICH, CLI);
    public static final Setting ENRICH_STREAM_THREADS = Setting.integer("enrich.stream.threads")
            .byDefault(1)
            .valid(Range.between(1, 64))
            .importance(Importance.MEDIUM)
            .meaning("Stream threads in this instance.")
            .readBy(ENRICH);
    public static final Setting ENRICH_STATE_DIR = Setting.text("enrich.state.dir")
            .byDefault("")
            .importance(Importance.LOW)
            .meaning("Folder for local state (RocksDB); empty means a folder under the system temp folder.")
            .readBy(ENRICH);
    public static final Setting ENRICH_HTTP_HOST = Setting.text("enrich.http.host")
            .byDefault("127.0.0.1")
            .importance(Importance.LOW)
            .meaning("Address of the health and metrics endpoints.")
            .readBy(ENRICH);
    public static final Setting ENRICH_HTTP_PORT = Setting.integer("enrich.http.port")
            .byDefault(8083)
            .valid(PORT_OR_ANY)
            .importance(Importance.MEDIUM)
            .meaning("Port of /health/live, /health/ready and /metrics (0 picks a free one).")
            .readBy(ENRICH);
    public static final Setting ENRICH_RETRY_INITIAL_MS = Setting.integer("enrich.retry.initial.ms")
            .byDefault(500)
            .valid(Range.between(1, 60_000))
            .importance(Importance.LOW)
            .meaning(
                    "First retry delay after a transient failure (registry or broker unavailable); it doubles, with jitter, "
                            + "up to the maximum.")
            .readBy(ENRICH);
    public static final Setting ENRICH_RETRY_MAX_MS = Setting.integer("enrich.retry.max.ms")
            .byDefault(15_000)
            .valid(Range.between(1, 600_000))
            .importance(Importance.LOW)
            .meaning("Longest retry delay; quiet for twice this long, the outage is over.")
            .readBy(ENRICH);
    public static final Setting ENRICH_STREAMS_PROPERTIES_FILE = Setting.text("enrich.streams.properties.file")
            .byDefault("")
            .importance(Importance.LOW)
            .meaning("Optional properties file of extra Kafka Streams settings (applied last).")
            .readBy(ENRICH);
    public static final Setting EXTRACT_PLACEHOLDER_CODE = Setting.text("extract.placeholder.code")
            .byDefault(Placeholders.DEFAULT.code())
            .valid(PLACEHOLDER)
            .importance(Importance.LOW)
            .meaning("Placeholder of a code block in summaries (the page shows it as a " + "chip).")
            .readBy(INGEST, ENRICH, FEED, CLI);
    public static final Setting EXTRACT_PLACEHOLDER_FORMULA = Setting.text("extract.placeholder.formula")
            .byDefault(Placeholders.DEFAULT.formula())
            .valid(PLACEHOLDER)
            .importance(Importance.LOW)
            .meaning("Placeholder of a display formula.")
            .readBy(INGEST, ENRICH, FEED, CLI);
    public static final Setting EXTRACT_PLACEHOLDER_MATH = Setting.text("extract.placeholder.math")
            .byDefault(Placeholders.DEFAULT.inlineMath())
            .valid(PLACEHOLDER)
            .importance(Importance.LOW)
            .meaning("Placeholder of inline math.")
            .readBy(INGEST, ENRICH, FEED, CLI);
    public static final Setting EXTRACT_SUMMARY_LENGTH = Setting.integer("extract.summary.length")
            .byDefault(Placeholders.DEFAULT_SUMMARY_LENGTH)
            .valid(Range.between(Placeholders.MIN_SUMMARY_LENGTH, Placeholders.MAX_SUMMARY_LENGTH))
            .importance(Importance.LOW)
            .meaning("Summary length limit in code points.")
            .readBy(ENRICH, CLI);
    public static final Setting EXTRACT_TAXONOMY_FILE = Setting.text("extract.taxonomy.file")
            .byDefault("")
            .importance(Importance.LOW)
            .meaning("Taxonomy file ('Category: term, term' lines); empty means the built-in one.")
            .readBy(ENRICH, CLI);

    // index-service
    public static final Setting INDEX_GROUP_ID = Setting.text("index.group.id")
            .byDefault("feedpipe-index")
            .valid(new NonEmptyString())
            .importance(Importance.HIGH)
            .meaning("Consumer group: instances with the same group share the partitions.")
            .readBy(INDEX, CLI);
    public static final Setting INDEX_BULK_MAX_DOCUMENTS = Setting.integer("index.bulk.max.documents")
            .byDefault(500)
            .valid(Range.between(1, 10_000))
            .importance(Importance.MEDIUM)
            .meaning("Most documents in one bulk request.")
            .readBy(INDEX);
    public static final Setting INDEX_BULK_MAX_BYTES = Setting.integer("index.bulk.max.bytes")
            .byDefault(5 * 1024 * 1024)
            .valid(Range.between(1024, 100 * 1024 * 1024))
            .importance(Importance.MEDIUM)
            .meaning("Most bytes (estimated) in one bulk request.")
            .readBy(INDEX);
    public static final Setting INDEX_BULK_LINGER_MS = Setting.integer("index.bulk.linger.ms")
            .byDefault(200)
            .valid(Range.between(0, 60_000))
            .importance(Importance.MEDIUM)
            .meaning("How long a partly filled bulk request waits for more documents.")
            .readBy(INDEX);
    public static final Setting INDEX_REFRESH_AFTER_MS = Setting.integer("index.refresh.after.ms")
            .byDefault(250)
            .valid(Range.between(0, 60_000))
            .importance(Importance.LOW)
            .meaning(
                    "After a bulk request that was not full (light load), refresh the index at once, at most once per this many "
                            + "milliseconds, so new articles are searchable before Elasticsearch's periodic 1 s refresh; 0 turns it off.")
            .readBy(INDEX);
    public static final Setting INDEX_RETRY_INITIAL_MS = Setting.integer("index.retry.initial.ms")
            .byDefault(200)
            .valid(Range.between(1, 60_000))
            .importance(Importance.LOW)
            .meaning("First retry delay after a retriable failure; it doubles, with jitter, up to the maximum.")
            .readBy(INDEX);
    public static final Setting INDEX_RETRY_MAX_MS = Setting.integer("index.retry.max.ms")
            .byDefault(10_000)
            .valid(Range.between(1, 600_000))
            .importance(Importance.LOW)
            .meaning("Longest retry delay; quiet for three times this long, the outage is over.")
            .readBy(INDEX);
    public static final Setting INDEX_HTTP_HOST = Setting.text("index.http.host")
            .byDefault("127.0.0.1")
            .importance(Importance.LOW)
            .meaning("Address of the health and metrics endpoints.")
            .readBy(INDEX);
    public static final Setting INDEX_HTTP_PORT = Setting.integer("index.http.port")
            .byDefault(8084)
            .valid(PORT_OR_ANY)
            .importance(Importance.MEDIUM)
            .meaning("Port of /health/live, /health/ready and /metrics (0 picks a free one).")
            .readBy(INDEX);

    // feed-service
    public static final Setting FEED_HTTP_HOST = Setting.text("feed.http.host")
            .byDefault("127.0.0.1")
            .importance(Importance.MEDIUM)
            .meaning("Address of the page and API.")
            .readBy(FEED);
    public static final Setting FEED_HTTP_PORT = Setting.integer("feed.http.port")
            .byDefault(8080)
            .valid(PORT_OR_ANY)
            .importance(Importance.HIGH)
            .meaning("Port of the page and API (0 picks a free one).")
            .readBy(FEED);
    public static final Setting FEED_PAGE_REFRESH_MS = Setting.integer("feed.page.refresh.ms")
            .byDefault(3000)
            .valid(Range.between(500, 600_000))
            .importance(Importance.LOW)
            .meaning("How often the page looks for new articles.")
            .readBy(FEED);
    public static final Setting FEED_PUBLIC_URL = Setting.text("feed.public.url")
            .byDefault("")
            .valid(Catalog::validatePublicUrl)
            .importance(Importance.MEDIUM)
            .meaning("Base URL readers reach the feed at "
                    + "(https://news.example.org), used in canonical, share and Atom/JSON Feed links. Empty: taken "
                    + "from each request's Host header; set it in production.")
            .readBy(FEED);

    // the launcher
    public static final Setting JAVA_OPTS = Setting.text("java.opts")
            .byDefault("-Xmx384m -XX:+UseSerialGC")
            .valid(new NonEmptyString())
            .importance(Importance.LOW)
            .meaning("JVM options of a service started by `./feedpipe service`, the demo, "
                    + "the bench and the tests (small heaps and the serial collector: four services and the stack "
                    + "share two cores).")
            .readBy(CLI);

    // the embedded stack
    public static final Setting STACK_HOME = Setting.text("stack.home")
            .byDefault("")
            .importance(Importance.MEDIUM)
            .meaning(
                    "Folder for the stack's data, logs and unpacked services; empty means .feedpipe/stack in the project.")
            .readBy(STACK);
    public static final Setting KAFKA_PORT = Setting.integer("kafka.port")
            .byDefault(9092)
            .valid(PORT)
            .importance(Importance.HIGH)
            .meaning("Kafka broker (PLAINTEXT) port.")
            .readBy(STACK);
    public static final Setting KAFKA_CONTROLLER_PORT = Setting.integer("kafka.controller.port")
            .byDefault(9093)
            .valid(PORT)
            .importance(Importance.LOW)
            .meaning("Kafka KRaft controller port.")
            .readBy(STACK);
    public static final Setting KAFKA_BROKERS = Setting.integer("kafka.brokers")
            .byDefault(1)
            .valid(Range.between(1, 5))
            .importance(Importance.MEDIUM)
            .meaning("Kafka nodes (broker and controller each) when the stack is first created; each node "
                    + "listens a fixed step of ports above the one before. With 3 or more, topics keep 3 copies and "
                    + "need 2 in sync. A stack keeps the size it was created with.")
            .readBy(STACK);
    public static final Setting ELASTICSEARCH_NODES = Setting.integer("elasticsearch.nodes")
            .byDefault(1)
            .valid(Range.between(1, 3))
            .importance(Importance.MEDIUM)
            .meaning("Elasticsearch nodes when the stack is first created; each node listens a fixed step of ports "
                    + "above the one before. With 2 or more, every shard keeps one replica on another node, so one "
                    + "node may die. A stack keeps the size it was created with.")
            .readBy(STACK);
    public static final Setting REGISTRY_PORT = Setting.integer("registry.port")
            .byDefault(8081)
            .valid(PORT)
            .importance(Importance.HIGH)
            .meaning("Schema registry HTTP port.")
            .readBy(STACK);
    public static final Setting REGISTRY_MANAGEMENT_PORT = Setting.integer("registry.management.port")
            .byDefault(9001)
            .valid(PORT)
            .importance(Importance.LOW)
            .meaning("Schema registry management (health, metrics) port.")
            .readBy(STACK);
    public static final Setting ELASTICSEARCH_PORT = Setting.integer("elasticsearch.port")
            .byDefault(9200)
            .valid(PORT)
            .importance(Importance.HIGH)
            .meaning("Elasticsearch HTTP port.")
            .readBy(STACK);
    public static final Setting ELASTICSEARCH_TRANSPORT_PORT = Setting.integer("elasticsearch.transport.port")
            .byDefault(9300)
            .valid(PORT)
            .importance(Importance.LOW)
            .meaning("Elasticsearch transport port.")
            .readBy(STACK);
    public static final Setting ELASTICSEARCH_USER = Setting.text("elasticsearch.user")
            .byDefault("feedpipe-es")
            .valid(new ConfigDef.NonEmptyStringWithoutControlChars())
            .importance(Importance.LOW)
            .meaning("User that runs Elasticsearch when the stack is started as root (created if missing).")
            .readBy(STACK);
    public static final Setting STACK_HEAP = Setting.text("stack.heap")
            .byDefault("512m")
            .valid(ConfigDef.LambdaValidator.with(
                    (name, value) -> {
                        if (!String.valueOf(value).matches("[1-9][0-9]*[mg]")) {
                            throw new ConfigException(name, value, "must look like 512m or 1g");
                        }
                    },
                    () -> "a size such as 512m or 1g"))
            .importance(Importance.LOW)
            .meaning("Java heap of each stack service.")
            .readBy(STACK);
    public static final Setting STACK_STARTUP_TIMEOUT_SECONDS = Setting.integer("stack.startup.timeout.seconds")
            .byDefault(180)
            .valid(Range.between(10, 3600))
            .importance(Importance.LOW)
            .meaning("How long to wait for each service to become ready.")
            .readBy(STACK);

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
            JAVA_AOT,
            STACK_HOME,
            KAFKA_PORT,
            KAFKA_CONTROLLER_PORT,
            KAFKA_BROKERS,
            ELASTICSEARCH_NODES,
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
