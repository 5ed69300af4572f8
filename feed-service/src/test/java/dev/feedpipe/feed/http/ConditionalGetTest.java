package dev.feedpipe.feed.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final String ETAG = "\"abc\"";
    private static final Instant MODIFIED = Instant.parse("2026-01-26T08:00:00Z");

    @Test
    void aMatchingTagMeansNotModifiedAndWinsOverTheDate() {
        assertThat(ConditionalGet.notModified("\"abc\"", null, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified("\"x\", W/\"abc\"", null, ETAG, MODIFIED))
                .isTrue();
        assertThat(ConditionalGet.notModified("*", null, ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified("\"x\"", "Mon, 26 Jan 2026 08:00:00 GMT", ETAG, MODIFIED))
                .isFalse();
    }

    @Test
    void aDateAtOrAfterTheLastChangeMeansNotModified() {
        assertThat(ConditionalGet.notModified(null, "Mon, 26 Jan 2026 08:00:00 GMT", ETAG, MODIFIED))
                .isTrue();
        assertThat(ConditionalGet.notModified(null, "Tue, 27 Jan 2026 08:00:00 GMT", ETAG, MODIFIED))
                .isTrue();
        assertThat(ConditionalGet.notModified(null, "Mon, 26 Jan 2026 07:59:59 GMT", ETAG, MODIFIED))
                .isFalse();
        assertThat(ConditionalGet.notModified(null, "yesterday", ETAG, MODIFIED))
                .as("unreadable: ignored")
                .isFalse();
        assertThat(ConditionalGet.notModified(null, null, ETAG, MODIFIED)).isFalse();
    }
}
