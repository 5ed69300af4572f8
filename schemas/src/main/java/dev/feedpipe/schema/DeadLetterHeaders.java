package dev.feedpipe.schema;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of a dead letter: why and where from. Named like Kafka Streams' own dead-letter queue
 * (KIP-1034), which enrich uses, so that one reader serves both stages; index adds {@link #STAGE}.
 */
public final class DeadLetterHeaders {

    /** The reason, in words a person can act on. */
    public static final String REASON = "__streams.errors.message";

    public static final String EXCEPTION = "__streams.errors.exception";
    /** Where the refused record came from: topic, partition, offset. */
    public static final String TOPIC = "__streams.errors.topic";

    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    /** Which stage refused it; absent on enrich's (Kafka Streams writes its own headers). */
    public static final String STAGE = "feedpipe.stage";
    /** The stage of a dead letter without {@link #STAGE}. */
    public static final String DEFAULT_STAGE = "enrich";

    private DeadLetterHeaders() {}

    /** A header's value as text, if the record has it. */
    public static Optional<String> text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The stage that refused the record. */
    public static String stage(Headers headers) {
        return text(headers, STAGE).orElse(DEFAULT_STAGE);
    }

    /** The reason, or "?" for a dead letter without one. */
    public static String reason(Headers headers) {
        return text(headers, REASON).orElse("?");
    }

    /** Whether a header is one of these (to leave them off when a dead letter goes back to its topic). */
    public static boolean isDeadLetterHeader(String name) {
        return name.startsWith("__streams.errors.") || name.equals(STAGE);
    }
}
