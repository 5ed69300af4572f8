package dev.feedpipe.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefreshPolicyTest {

    private static final long MS = 1_000_000L;

    @Test
    void aPartBatchRefreshesAtMostOncePerInterval() {
        RefreshPolicy policy = new RefreshPolicy(250);
        assertThat(policy.afterBatch(false, 1_000 * MS)).isTrue();
        assertThat(policy.afterBatch(false, 1_100 * MS))
                .as("within the interval")
                .isFalse();
        assertThat(policy.afterBatch(false, 1_249 * MS)).isFalse();
        assertThat(policy.afterBatch(false, 1_250 * MS)).isTrue();
    }

    @Test
    void aFullBatchLeavesItToThePeriodicRefresh() {
        RefreshPolicy policy = new RefreshPolicy(250);
        assertThat(policy.afterBatch(true, 0)).isFalse();
        assertThat(policy.afterBatch(true, 10_000 * MS)).isFalse();
        assertThat(policy.afterBatch(false, 10_001 * MS)).isTrue();
    }

    @Test
    void zeroTurnsItOff() {
        RefreshPolicy policy = new RefreshPolicy(0);
        assertThat(policy.afterBatch(false, 0)).isFalse();
        assertThat(policy.afterBatch(false, 60_000 * MS)).isFalse();
    }
}
