package dev.feedpipe.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunSizeTest {

    @Test
    void aRunSizedByTimeTakesSecondsTimesTheBulkRateWithinBounds() {
        RunSize thirtySeconds = RunSize.seconds(30);
        assertThat(thirtySeconds.articles()).isEqualTo(RunSize.CALIBRATION_ARTICLES);
        assertThat(thirtySeconds.articlesFor(512.4)).isEqualTo(15_372);
        assertThat(thirtySeconds.articlesFor(1.0)).isEqualTo(RunSize.MIN_ARTICLES);
        assertThat(thirtySeconds.articlesFor(5_000)).isEqualTo(RunSize.MAX_ARTICLES);
    }

    @Test
    void aRunSizedByCountHasNoDuration() {
        assertThat(RunSize.articles(2000)).isEqualTo(new RunSize(2000, 0));
        assertThatThrownBy(() -> RunSize.seconds(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RunSize.articles(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
