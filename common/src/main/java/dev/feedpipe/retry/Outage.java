package dev.feedpipe.retry;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The state of a dependency that fails passingly (registry, broker, Elasticsearch): how long to wait
 * before the next try, and whether the outage is still going on, for readiness. Each failure lengthens
 * the wait (jittered exponential backoff); a quiet period after the last failure ends the outage.
 */
public final class Outage {

    private final Backoff backoff;
    private final long quietNanos;
    private final LongSupplier nanoTime;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong lastFailure = new AtomicLong();
    private volatile boolean failedEver;
    private volatile String lastReason = "";

    /**
     * @param quietMs after this long without a failure the outage counts as over
     */
    public Outage(Backoff backoff, long quietMs, LongSupplier nanoTime) {
        this.backoff = backoff;
        this.quietNanos = quietMs * 1_000_000L;
        this.nanoTime = nanoTime;
    }

    /**
     * The services' outage tracker: delays from {@code initialMs} doubling up to {@code maxMs} with
     * random jitter, the outage over after {@code quietMs} without a failure.
     */
    public static Outage jittered(long initialMs, long maxMs, long quietMs) {
        return new Outage(
                new Backoff(initialMs, maxMs, () -> ThreadLocalRandom.current().nextDouble()),
                quietMs,
                System::nanoTime);
    }

    /** Records a failure; returns how long to wait before trying again. */
    public long failed(String reason) {
        long now = nanoTime.getAsLong();
        if (failedEver && now - lastFailure.get() > quietNanos) {
            attempts.set(0);
        }
        lastFailure.set(now);
        failedEver = true;
        lastReason = reason;
        return backoff.delayMs(attempts.getAndIncrement());
    }

    /** Records a failure and waits the backoff delay on the calling thread. */
    public void failedAndWait(String reason) {
        sleep(failed(reason));
    }

    /** Sleeps on the calling thread; an interrupt ends the wait early and stays set. */
    public static void sleep(long delayMs) {
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a failure happened within the quiet period. */
    public boolean isOngoing() {
        return failedEver && nanoTime.getAsLong() - lastFailure.get() <= quietNanos;
    }

    public String lastReason() {
        return lastReason;
    }
}
