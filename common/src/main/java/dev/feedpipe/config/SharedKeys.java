package dev.feedpipe.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The keys several services read under the same names: declared here once, with their defaults and
 * validation, and added to each service's own definition.
 */
public final class SharedKeys {

    public static final String BOOTSTRAP = "kafka.bootstrap.servers";
    public static final String REGISTRY = "registry.url";
    public static final String ELASTICSEARCH = "elasticsearch.url";
    public static final String INDEX_NAME = "index.name";

    private SharedKeys() {
    }

    /** Kafka bootstrap servers and the schema registry. */
    public static ConfigDef kafka(ConfigDef definition) {
        return definition
                .define(BOOTSTRAP, Type.STRING, "127.0.0.1:9092", new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "Kafka bootstrap servers.")
                .define(REGISTRY, Type.STRING, "http://127.0.0.1:8081", new ConfigDef.NonEmptyString(), Importance.HIGH,
                        "Base URL of the schema registry (Apicurio 3).");
    }

    /** Elasticsearch and the base name of the articles index. */
    public static ConfigDef elasticsearch(ConfigDef definition, String indexDescription) {
        return definition
                .define(ELASTICSEARCH, Type.STRING, "http://127.0.0.1:9200", new ConfigDef.NonEmptyString(),
                        Importance.HIGH, "Elasticsearch base URL.")
                .define(INDEX_NAME, Type.STRING, "articles", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                        indexDescription);
    }

    /** A topic name key ({@code topic.raw}, ...) with its default name. */
    public static ConfigDef topic(ConfigDef definition, String key, String defaultName, String description) {
        return definition.define(key, Type.STRING, defaultName, new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                description);
    }
}
