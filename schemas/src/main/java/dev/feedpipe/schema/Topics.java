package dev.feedpipe.schema;

import java.util.Objects;

/**
 * The names of the pipeline's topics. Every service and tool takes them from here, so a deployment
 * can rename them in one place (see the services' configuration).
 */
public record Topics(String raw, String enriched, String deadLetter) {

    public static final String DEFAULT_RAW = "articles.raw";
    public static final String DEFAULT_ENRICHED = "articles.enriched";
    public static final String DEFAULT_DEAD_LETTER = "articles.dlq";

    /**
     * The largest record the article topics hold, and so what the broker, the topics and every producer
     * are set to: room for the largest body ingest accepts (2 MiB by default, up to 4 bytes a character
     * in UTF-8) and its enriched form (clean text and summary beside the metadata), uncompressed.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    public Topics {
        requireName(raw, "raw");
        requireName(enriched, "enriched");
        requireName(deadLetter, "deadLetter");
    }

    public static Topics defaults() {
        return new Topics(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DEAD_LETTER);
    }

    /** The registry subject of a topic's values, as Confluent's and Apicurio's TopicNameStrategy name it. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }

    private static void requireName(String name, String role) {
        Objects.requireNonNull(name, role + " topic name");
        if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("invalid " + role + " topic name: '" + name + "'");
        }
    }
}
