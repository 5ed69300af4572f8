package dev.feedpipe.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RevisionsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final Revisions revisions = new Revisions(now::get);

    @Test
    void theAuthorsRevisionIsKept() {
        assertThat(revisions.revisionOf("a", 42L)).isEqualTo(42);
    }

    @Test
    void assignedRevisionsOnlyGrowForAnIdEvenWhenTheClockDoesNot() {
        long first = revisions.revisionOf("a", null);
        long second = revisions.revisionOf("a", null);
        now.set(500);
        long third = revisions.revisionOf("a", null);
        assertThat(first).isEqualTo(1_000);
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(revisions.revisionOf("b", null)).isEqualTo(500);
    }

    @Test
    void assignedRevisionsFollowAnAuthorRevisionThatIsAheadOfTheClock() {
        revisions.revisionOf("a", 5_000L);
        assertThat(revisions.revisionOf("a", null)).isEqualTo(5_001);
    }
}
