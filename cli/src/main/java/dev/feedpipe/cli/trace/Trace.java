package dev.feedpipe.cli.trace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the pipeline holds of one article, stage by stage, and what that means: the facts
 * {@link ArticleTracer} gathers, and the verdict, decided from them alone.
 *
 * @param raw the article's records in the raw topic, oldest first
 * @param enriched its records in the enriched topic, oldest first
 * @param deadLetters its dead letters, oldest first
 * @param document the Elasticsearch document, if there is one
 * @param enrichLag records of its raw partition the enrich application has not committed past
 * @param indexLag records of its enriched partition the index group has not committed past
 */
public record Trace(
        String id,
        List<Entry> raw,
        List<Entry> enriched,
        List<DeadLetterEntry> deadLetters,
        Optional<Document> document,
        OptionalLong enrichLag,
        OptionalLong indexLag) {

    /** One record of the article in a topic; a tombstone has no revision unless its header names one. */
    public record Entry(int partition, long offset, OptionalLong revision, boolean tombstone, Instant time) {}

    /** One dead letter of the article: which stage refused which record, and why. */
    public record DeadLetterEntry(
            int partition,
            long offset,
            String stage,
            String reason,
            String originTopic,
            int originPartition,
            long originOffset,
            Instant time) {

        /** Whether it was written for exactly this record. */
        boolean refuses(Entry entry) {
            return originPartition == entry.partition() && originOffset == entry.offset();
        }
    }

    /** The indexed document: its revision, Elasticsearch's version, and when enrich made it. */
    public record Document(long revision, long version, String updatedAt) {}

    /** One line that says where the article is: searchable, deleted, waiting in a stage, or dead-lettered. */
    public String verdict() {
        if (raw.isEmpty() && enriched.isEmpty() && document.isEmpty()) {
            return deadLetters.isEmpty()
                    ? "unknown: no record of '" + id + "' in the pipeline's topics or index"
                    : "dead-lettered by " + deadLetters.getLast().stage() + ": "
                            + deadLetters.getLast().reason();
        }
        Optional<Entry> newestRaw = raw.isEmpty() ? Optional.empty() : Optional.of(raw.getLast());
        Optional<Entry> newestEnriched = enriched.isEmpty() ? Optional.empty() : Optional.of(enriched.getLast());
        Optional<DeadLetterEntry> refusedRaw = newestRaw.flatMap(entry -> refused(entry, "enrich"));
        if (refusedRaw.isPresent()) {
            return "dead-lettered by enrich: " + refusedRaw.get().reason();
        }
        Optional<DeadLetterEntry> refusedEnriched = newestEnriched.flatMap(entry -> refused(entry, "index"));
        if (refusedEnriched.isPresent()) {
            return "dead-lettered by index: " + refusedEnriched.get().reason();
        }
        long wanted = newestRaw.flatMap(entry -> box(entry.revision())).orElse(-1L);
        boolean deleted = newestRaw.map(Entry::tombstone).orElse(false);
        if (deleted
                && document.isEmpty()
                && newestEnriched.map(Entry::tombstone).orElse(false)) {
            return "deleted" + (wanted >= 0 ? " at revision " + wanted : "");
        }
        if (!deleted && document.isPresent() && document.get().revision() >= wanted) {
            return "searchable at revision " + document.get().revision();
        }
        boolean enrichedCaughtUp = newestEnriched.isPresent()
                && newestEnriched.get().tombstone() == deleted
                && box(newestEnriched.get().revision()).orElse(-1L) >= wanted;
        if (!enrichedCaughtUp) {
            return "waiting in enrich: consumer lag " + lag(enrichLag) + " on its raw partition";
        }
        return "waiting in index: consumer lag " + lag(indexLag) + " on its enriched partition";
    }

    /** The dead letter a stage wrote for exactly this record, if any. */
    private Optional<DeadLetterEntry> refused(Entry entry, String stage) {
        return deadLetters.stream()
                .filter(letter -> letter.stage().equals(stage) && letter.refuses(entry))
                .findFirst();
    }

    private static Optional<Long> box(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    private static String lag(OptionalLong lag) {
        return lag.isPresent()
                ? String.format("%,d", lag.getAsLong())
                : "unknown (the group has committed nothing there)";
    }
}
