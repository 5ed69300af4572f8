package dev.feedpipe.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.extract.Format;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ArticleIdentity identity = new ArticleIdentity(now::get);

    private static Submission submission(String id, Long revision, String sourceUrl, String body) {
        return new Submission(id, revision, "标题", body, Format.MARKDOWN, null, null, List.of(), sourceUrl, null);
    }

    @Test
    void theAuthorsIdWins() {
        assertThat(identity.idOf(submission("mine", null, "https://x.y/z", "b")))
                .isEqualTo("mine");
    }

    @Test
    void withoutIdTheSourceUrlDecidesStably() {
        String first = identity.idOf(submission(null, null, "https://x.y/z", "body one"));
        String second = identity.idOf(submission(null, null, "https://x.y/z", "body two"));
        assertThat(first).isEqualTo(second).startsWith("u-").hasSize(18);
    }

    @Test
    void withoutIdOrUrlTheContentDecidesStably() {
        String first = identity.idOf(submission(null, null, null, "same"));
        assertThat(identity.idOf(submission(null, null, null, "same")))
                .isEqualTo(first)
                .startsWith("c-");
        assertThat(identity.idOf(submission(null, null, null, "other"))).isNotEqualTo(first);
    }

    @Test
    void theAuthorsRevisionIsKept() {
        assertThat(identity.revisionOf("a", 42L)).isEqualTo(42);
    }

    @Test
    void assignedRevisionsOnlyGrowForAnIdEvenWhenTheClockDoesNot() {
        long first = identity.revisionOf("a", null);
        long second = identity.revisionOf("a", null);
        now.set(500);
        long third = identity.revisionOf("a", null);
        assertThat(first).isEqualTo(1_000);
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(identity.revisionOf("b", null)).isEqualTo(500);
    }

    @Test
    void assignedRevisionsFollowAnAuthorRevisionThatIsAheadOfTheClock() {
        identity.revisionOf("a", 5_000L);
        assertThat(identity.revisionOf("a", null)).isEqualTo(5_001);
    }
}
