package dev.feedpipe.retry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleWithinJitterAndStopAtTheMaximum() {
        Backoff lowest = new Backoff(100, 5000, () -> 0.0);
        Backoff highest = new Backoff(100, 5000, () -> 0.999999);
        assertThat(lowest.delayMs(0)).isEqualTo(50);
        assertThat(highest.delayMs(0)).isEqualTo(99);
        assertThat(lowest.delayMs(3)).isEqualTo(400);
        assertThat(highest.delayMs(3)).isEqualTo(799);
        assertThat(highest.delayMs(10)).isEqualTo(4999);
        assertThat(lowest.delayMs(1000)).as("no overflow after many attempts").isEqualTo(2500);
    }
}
