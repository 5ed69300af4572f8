package dev.feedpipe.bench.pipeline;

import java.io.PrintStream;

/**
 * Times one stage from observations of its progress (records done, at a time): start-up is until the
 * first record is done, steady state is from the end of a warm-up share of the records to the last
 * record, so a JVM's start, class loading and JIT warm-up do not count against the stage's rate. Prints
 * progress at most every few seconds. Pure arithmetic over the times it is given.
 */
final class StageClock {

    static final double WARM_UP = 0.2;
    private static final long PROGRESS_NANOS = 3_000_000_000L;

    private final String stage;
    private final long total;
    private final long startNanos;
    private final PrintStream out;
    private long firstNanos = -1;
    private long warmNanos = -1;
    private long warmDone;
    private long endNanos = -1;
    private long lastPrintNanos;

    StageClock(String stage, long total, long startNanos, PrintStream out) {
        this.stage = stage;
        this.total = total;
        this.startNanos = startNanos;
        this.out = out;
        this.lastPrintNanos = startNanos;
    }

    /** {@code done} records were done at {@code nanos}. */
    void observe(long nanos, long done) {
        if (done > 0 && firstNanos < 0) {
            firstNanos = nanos;
        }
        if (warmNanos < 0 && done >= Math.max(1, Math.round(total * WARM_UP))) {
            warmNanos = nanos;
            warmDone = done;
        }
        if (done >= total && endNanos < 0) {
            endNanos = nanos;
        }
        if (nanos - lastPrintNanos >= PROGRESS_NANOS || (done >= total && endNanos == nanos)) {
            double seconds = (nanos - startNanos) / 1e9;
            out.printf(
                    "  %s: %,d / %,d (%.0f/s over %.0f s)%n",
                    stage, done, total, done / Math.max(seconds, 1e-9), seconds);
            lastPrintNanos = nanos;
        }
    }

    /** Seconds from the start to the first record done. */
    double startUpSeconds() {
        return firstNanos < 0 ? Double.NaN : (firstNanos - startNanos) / 1e9;
    }

    /** Records per second after the warm-up; the whole run's rate when too few observations fell after it. */
    double steadyRate() {
        if (endNanos < 0) {
            throw new IllegalStateException(stage + " did not finish");
        }
        if (warmNanos >= 0 && endNanos > warmNanos && total > warmDone) {
            return (total - warmDone) / ((endNanos - warmNanos) / 1e9);
        }
        return total / ((endNanos - startNanos) / 1e9);
    }

    boolean measuredSteadyState() {
        return warmNanos >= 0 && endNanos > warmNanos && total > warmDone;
    }
}
