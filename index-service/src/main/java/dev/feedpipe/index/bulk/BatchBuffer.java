package dev.feedpipe.index.bulk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.TopicPartition;

/**
 * Collects index actions until a bulk request is due: when it holds the maximum count or bytes, or
 * when its oldest action has waited the linger time. Not thread-safe; owned by the poll loop.
 */
public final class BatchBuffer {

    private final int maxDocuments;
    private final long maxBytes;
    private final long lingerNanos;
    private final List<IndexAction> actions = new ArrayList<>();
    private long bytes;
    private long oldestNanos;

    public BatchBuffer(int maxDocuments, long maxBytes, long lingerMillis) {
        this.maxDocuments = maxDocuments;
        this.maxBytes = maxBytes;
        this.lingerNanos = lingerMillis * 1_000_000L;
    }

    public void add(IndexAction action, long nowNanos) {
        if (actions.isEmpty()) {
            oldestNanos = nowNanos;
        }
        actions.add(action);
        bytes += action.estimatedBytes();
    }

    public boolean isDue(long nowNanos) {
        return !actions.isEmpty()
                && (actions.size() >= maxDocuments || bytes >= maxBytes || nowNanos - oldestNanos >= lingerNanos);
    }

    /** Whether adding more would overflow a bulk request; the loop flushes first then. */
    public boolean isFull() {
        return actions.size() >= maxDocuments || bytes >= maxBytes;
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }

    public int size() {
        return actions.size();
    }

    /** Hands over everything buffered and starts empty. */
    public List<IndexAction> drain() {
        List<IndexAction> drained = List.copyOf(actions);
        actions.clear();
        bytes = 0;
        return drained;
    }

    /** Forgets the actions of partitions this instance no longer owns; their new owner reads them again. */
    public void removePartitions(Collection<TopicPartition> revoked) {
        actions.removeIf(action -> revoked.contains(action.partition()));
        bytes = actions.stream().mapToLong(IndexAction::estimatedBytes).sum();
    }
}
