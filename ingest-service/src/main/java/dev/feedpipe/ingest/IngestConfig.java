package dev.feedpipe.ingest;

import dev.feedpipe.config.Settings;
import dev.feedpipe.config.SharedKeys;
import dev.feedpipe.schema.Topics;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

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
        int produceTimeoutMs) {

    static final String HTTP_HOST = "ingest.http.host";
    static final String HTTP_PORT = "ingest.http.port";
    static final String BOOTSTRAP = SharedKeys.BOOTSTRAP;
    static final String REGISTRY = SharedKeys.REGISTRY;
    static final String RAW_TOPIC = "topic.raw";
    static final String TOKEN = "ingest.token";
    static final String MAX_BODY = "ingest.max.body.bytes";
    static final String MAX_BATCH = "ingest.max.batch.items";
    static final String PRODUCE_TIMEOUT = "ingest.produce.timeout.ms";

    public static final ConfigDef DEFINITION = SharedKeys.topic(SharedKeys.kafka(new ConfigDef()), RAW_TOPIC,
                    Topics.DEFAULT_RAW, "Topic the raw articles are published to.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.MEDIUM,
                    "Address the HTTP API listens on (0.0.0.0 for all interfaces).")
            .define(HTTP_PORT, Type.INT, 8082, Range.between(0, 65535), Importance.HIGH,
                    "Port of the HTTP API (0 picks a free one).")
            .define(TOKEN, Type.PASSWORD, null, Importance.HIGH,
                    "When set, every write needs 'Authorization: Bearer <token>'. Keep it in the environment.")
            .define(MAX_BODY, Type.INT, 2 * 1024 * 1024, Range.between(1024, Topics.MAX_MESSAGE_BYTES / 4),
                    Importance.MEDIUM, "Largest accepted request body in bytes; larger ones get 413. At most a quarter "
                            + "of the topics' record limit, so an accepted article always fits a record.")
            .define(MAX_BATCH, Type.INT, 100, Range.between(1, 10_000), Importance.MEDIUM,
                    "Most articles in one batch request; more get 413.")
            .define(PRODUCE_TIMEOUT, Type.INT, 10_000, Range.between(500, 120_000), Importance.MEDIUM,
                    "How long a write waits for Kafka before answering 503.");

    public static IngestConfig load(Map<String, String> environment) {
        AbstractConfig config = Settings.parse(DEFINITION, environment);
        Password token = config.getPassword(TOKEN);
        return new IngestConfig(
                config.getString(HTTP_HOST),
                config.getInt(HTTP_PORT),
                config.getString(BOOTSTRAP),
                config.getString(REGISTRY),
                config.getString(RAW_TOPIC),
                Optional.ofNullable(token).map(Password::value).filter(value -> !value.isBlank()),
                config.getInt(MAX_BODY),
                config.getInt(MAX_BATCH),
                config.getInt(PRODUCE_TIMEOUT));
    }

    public IngestConfig withHttpPort(int port) {
        return new IngestConfig(httpHost, port, bootstrapServers, registryUrl, rawTopic, token, maxBodyBytes,
                maxBatchItems, produceTimeoutMs);
    }

    public IngestConfig withRawTopic(String topic) {
        return new IngestConfig(httpHost, httpPort, bootstrapServers, registryUrl, topic, token, maxBodyBytes,
                maxBatchItems, produceTimeoutMs);
    }

    public IngestConfig withToken(String value) {
        return new IngestConfig(httpHost, httpPort, bootstrapServers, registryUrl, rawTopic, Optional.ofNullable(value),
                maxBodyBytes, maxBatchItems, produceTimeoutMs);
    }
}
