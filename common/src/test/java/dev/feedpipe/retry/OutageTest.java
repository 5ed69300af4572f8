package dev.feedpipe.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutageTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Outage outage = new Outage(new Backoff(100, 1600, () -> 0.0), 10_000, now::get);

    @Test
    void noOutageBeforeTheFirstFailure() {
        assertThat(outage.isOngoing()).isFalse();
    }

    @Test
    void eachFailureWaitsLongerUpToTheMaximum() {
        assertThat(outage.failed("a")).isEqualTo(50);
        assertThat(outage.failed("b")).isEqualTo(100);
        assertThat(outage.failed("c")).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            outage.failed("d");
        }
        assertThat(outage.failed("e")).isEqualTo(800);
        assertThat(outage.lastReason()).isEqualTo("e");
    }

    @Test
    void theOutageEndsAfterAQuietPeriodAndTheBackoffStartsOver() {
        outage.failed("a");
        outage.failed("b");
        now.addAndGet(9_000_000_000L);
        assertThat(outage.isOngoing()).isTrue();
        now.addAndGet(2_000_000_000L);
        assertThat(outage.isOngoing()).isFalse();
        assertThat(outage.failed("c")).as("backoff restarts").isEqualTo(50);
        assertThat(outage.isOngoing()).isTrue();
    }
}
