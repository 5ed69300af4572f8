package dev.feedpipe.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void ratiosAreTakenAgainstTheMeanOfBothRunsAndAMovedBaselineIsFlagged() {
        Baselines baselines = new Baselines();
        baselines.add("baseline A: producer", "articles/s", 1000);
        baselines.add("baseline A: producer", "articles/s", 1100);
        baselines.add("baseline B: bulk", "docs/s", 862);
        baselines.add("baseline B: bulk", "docs/s", 395);

        assertThat(baselines.figures()).extracting(BenchReport.Figure::value).containsExactly(1050.0, 628.5);
        assertThat(baselines.figures().get(0).note()).isEqualTo("runs [1,000, 1,100]; spread 10 %");
        assertThat(baselines.figures().get(1).note()).contains("spread 74 %").contains("UNSTABLE");

        BenchReport.Figure stable = baselines.withRatio(
                new BenchReport.Figure("stage: ingest", 525, "articles/s", "baseline A: producer", null, null));
        assertThat(stable.ratio()).isCloseTo(0.5, within(1e-9));
        assertThat(stable.note()).isNull();
        BenchReport.Figure doubtful = baselines.withRatio(
                new BenchReport.Figure("stage: index", 314.25, "docs/s", "baseline B: bulk", null, null));
        assertThat(doubtful.ratio()).isCloseTo(0.5, within(1e-9));
        assertThat(doubtful.note()).startsWith("UNSTABLE baseline");
        assertThat(baselines.withRatio(new BenchReport.Figure("p99", 900, "ms")).ratio())
                .isNull();
    }
}
