package dev.feedpipe.schema;

import dev.feedpipe.config.Catalog;
import java.util.Objects;

/**
 * The names of the pipeline's topics. Every service and tool takes them from here, so a deployment
 * can rename them in one place (see the services' configuration).
 */
public record Topics(String raw, String enriched, String deadLetter) {

    public Topics {
        requireName(raw, "raw");
        requireName(enriched, "enriched");
        requireName(deadLetter, "deadLetter");
    }

    public static Topics defaults() {
        return new Topics(
                Catalog.TOPIC_RAW.defaultText(), Catalog.TOPIC_ENRICHED.defaultText(), Catalog.TOPIC_DLQ.defaultText());
    }

    /**
     * The compacted topic that remembers which dead letters were sent back to their topic (key: the
     * dead letter's partition and offset), so that each is re-driven at most once.
     */
    public String redriven() {
        return deadLetter + ".redriven";
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
