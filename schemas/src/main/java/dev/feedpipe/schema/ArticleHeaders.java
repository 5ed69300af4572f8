package dev.feedpipe.schema;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Record headers of the article topics. A tombstone has no value to carry the revision it deletes,
 * so it carries it in {@value #REVISION}: deletes are then ordered by revision like updates (an
 * older revision arriving after a delete stays deleted).
 */
public final class ArticleHeaders {

    public static final String REVISION = "feedpipe.revision";

    private ArticleHeaders() {}

    public static Header revision(long revision) {
        return new RecordHeader(REVISION, Long.toString(revision).getBytes(StandardCharsets.UTF_8));
    }

    /** The revision a record's headers name; empty when absent or unreadable (a producer of its own). */
    public static OptionalLong revision(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(REVISION);
        if (header == null || header.value() == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(new String(header.value(), StandardCharsets.UTF_8).strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
