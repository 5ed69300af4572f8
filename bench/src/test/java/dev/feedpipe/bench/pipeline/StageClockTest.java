package dev.feedpipe.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class StageClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void startUpAndWarmUpDoNotCountAgainstTheSteadyRate() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StageClock clock = new StageClock("enrich", 1000, 0, new PrintStream(printed));
        clock.observe(5 * SECOND, 0); // JVM start: nothing yet
        clock.observe(6 * SECOND, 50); // first records, still warming up
        clock.observe(8 * SECOND, 200); // warm-up share (20 %) reached
        clock.observe(12 * SECOND, 600);
        clock.observe(16 * SECOND, 1000); // 800 records in 8 s after the warm-up

        assertThat(clock.startUpSeconds()).isEqualTo(6.0);
        assertThat(clock.steadyRate()).isCloseTo(100.0, within(1e-9));
        assertThat(clock.measuredSteadyState()).isTrue();
        assertThat(printed.toString()).contains("enrich: 1,000 / 1,000");
    }

    @Test
    void aRunTooShortForAWindowFallsBackToTheWholeRunAndSaysSo() {
        StageClock clock = new StageClock("index", 12, 0, new PrintStream(new ByteArrayOutputStream()));
        clock.observe(2 * SECOND, 12);

        assertThat(clock.measuredSteadyState()).isFalse();
        assertThat(clock.steadyRate()).isEqualTo(6.0);
    }
}
