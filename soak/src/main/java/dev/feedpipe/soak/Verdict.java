package dev.feedpipe.soak;

import java.util.List;

/**
 * The checker's counts; every one but the first two must be zero.
 *
 * @param lost acknowledged posts (the id's last acknowledged write) missing from Elasticsearch
 * @param stale ids in Elasticsearch at a revision no acknowledged (or unanswered) write left them at
 * @param resurrected ids whose last acknowledged write is a delete, back in Elasticsearch at an older revision
 * @param deadLettered dead letters of ids with acknowledged writes
 * @param duplicated {@code id@revision} pairs in the enriched topic more than once
 * @param feedDisagrees ids the feed API answers differently from Elasticsearch
 * @param errors writes answered with neither 202 nor 503
 * @param examples a few of the ids behind non-zero counts, to start looking from
 */
record Verdict(
        long acknowledged,
        int faults,
        long lost,
        long stale,
        long resurrected,
        long deadLettered,
        long duplicated,
        long feedDisagrees,
        long errors,
        List<String> examples) {

    Verdict {
        examples = List.copyOf(examples);
    }

    /** The same with more errors (faults the nemesis could not heal). */
    Verdict withErrors(long more) {
        return new Verdict(
                acknowledged,
                faults,
                lost,
                stale,
                resurrected,
                deadLettered,
                duplicated,
                feedDisagrees,
                errors + more,
                examples);
    }

    boolean clean() {
        return lost + stale + resurrected + deadLettered + duplicated + feedDisagrees + errors == 0;
    }

    String line() {
        return String.format(
                "soak: %d operations acknowledged, %d faults, lost %d, stale %d, resurrected %d, dead-lettered %d,"
                        + " duplicated %d, feed disagrees %d, errors %d",
                acknowledged, faults, lost, stale, resurrected, deadLettered, duplicated, feedDisagrees, errors);
    }
}
