package dev.feedpipe.soak;

import java.util.List;
import java.util.Map;

/**
 * What the pipeline holds at one moment, as the checker needs it.
 *
 * @param indexed each document in Elasticsearch: id → revision
 * @param feed each id the feed API was asked about that it serves: id → revision
 * @param enrichedCopies how often each {@code id@revision} is in the enriched topic (read committed)
 * @param deadLetterKeys the key of every dead letter
 */
record Observation(
        Map<String, Long> indexed,
        Map<String, Long> feed,
        Map<String, Integer> enrichedCopies,
        List<String> deadLetterKeys) {

    Observation {
        indexed = Map.copyOf(indexed);
        feed = Map.copyOf(feed);
        enrichedCopies = Map.copyOf(enrichedCopies);
        deadLetterKeys = List.copyOf(deadLetterKeys);
    }

    static String copyKey(String id, long revision) {
        return id + "@" + revision;
    }
}
