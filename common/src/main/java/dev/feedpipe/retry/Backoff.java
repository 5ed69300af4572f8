package dev.feedpipe.retry;

import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: attempt n waits a random time between half and all of
 * {@code min(max, initial * 2^n)}, so instances that failed together do not retry together.
 */
public final class Backoff {

    private final long initialMs;
    private final long maxMs;
    private final DoubleSupplier random;

    public Backoff(long initialMs, long maxMs, DoubleSupplier random) {
        this.initialMs = initialMs;
        this.maxMs = Math.max(initialMs, maxMs);
        this.random = random;
    }

    public long delayMs(int attempt) {
        long ceiling = attempt >= 30 ? maxMs : Math.min(maxMs, initialMs << attempt);
        return ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
    }
}
