package dev.feedpipe.index.bulk;

/**
 * When the index loop asks Elasticsearch to refresh right after a bulk write instead of waiting for its
 * periodic refresh (1 s): after a batch that was not full — the load is light, so a reader waits on the
 * refresh rather than on the pipeline — and at most once per interval, so a light but steady load costs
 * Elasticsearch a few refreshes a second at most. A full batch means heavy load, where the periodic
 * refresh is cheaper and its delay small beside the queue. Single-threaded, like the loop that owns it.
 */
public final class RefreshPolicy {

    private final long intervalNanos;
    private long lastNanos;
    private boolean refreshed;

    /** @param intervalMillis the least time between two refreshes asked for; 0 never asks */
    public RefreshPolicy(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** Whether to refresh now, after writing a batch; {@code full} says whether it reached a bulk limit. */
    public boolean afterBatch(boolean full, long nowNanos) {
        if (intervalNanos <= 0 || full || (refreshed && nowNanos - lastNanos < intervalNanos)) {
            return false;
        }
        refreshed = true;
        lastNanos = nowNanos;
        return true;
    }
}
