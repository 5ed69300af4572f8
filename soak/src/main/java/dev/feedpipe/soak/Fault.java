package dev.feedpipe.soak;

import java.time.Duration;

/**
 * One fault of a schedule: what, on which target, when (from the start of the load) and for how long.
 *
 * @param target a node or instance number, {@link FaultKind#LEADER}, {@link FaultKind#CONTROLLER}, or empty
 *     for a part that runs once
 */
record Fault(Duration at, FaultKind kind, String target, Duration length) {

    /** When the part may be faulty until, healing included. */
    Duration reservedUntil() {
        return at.plus(length).plus(kind.healing());
    }

    boolean overlaps(Fault other) {
        return at.compareTo(other.reservedUntil()) < 0 && other.at.compareTo(reservedUntil()) < 0;
    }

    /**
     * Whether the two may not be faulty at once: any two on a clustered part (one Kafka broker or Elasticsearch
     * node down at most), or the same process.
     */
    boolean excludes(Fault other) {
        return kind.part() == other.kind.part() && (kind.part().clustered() || target.equals(other.target));
    }

    String describe() {
        return kind.describe(target);
    }

    @Override
    public String toString() {
        return String.format(
                "+%5.1f s  %-48s for %4.1f s", at.toMillis() / 1000.0, describe(), length.toMillis() / 1000.0);
    }
}
