package dev.feedpipe.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.cli.trace.Trace.DeadLetterEntry;
import dev.feedpipe.cli.trace.Trace.Document;
import dev.feedpipe.cli.trace.Trace.Entry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TraceTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private static Entry record(long offset, long revision) {
        return new Entry(2, offset, OptionalLong.of(revision), false, T);
    }

    private static Entry tombstone(long offset, long revision) {
        return new Entry(2, offset, OptionalLong.of(revision), true, T);
    }

    private static Trace trace(
            List<Entry> raw,
            List<Entry> enriched,
            List<DeadLetterEntry> dead,
            Document document,
            long enrichLag,
            long indexLag) {
        return new Trace(
                "a",
                raw,
                enriched,
                dead,
                Optional.ofNullable(document),
                OptionalLong.of(enrichLag),
                OptionalLong.of(indexLag));
    }

    @Test
    void theNewestRevisionIndexedIsSearchable() {
        assertThat(trace(
                                List.of(record(0, 1), record(5, 3)),
                                List.of(record(0, 1), record(4, 3)),
                                List.of(),
                                new Document(3, 3, "2026-12-01T10:00:01Z"),
                                0,
                                0)
                        .verdict())
                .isEqualTo("searchable at revision 3");
    }

    @Test
    void aRevisionNotYetEnrichedWaitsInEnrichWithItsLag() {
        assertThat(trace(
                                List.of(record(0, 1), record(5, 3)),
                                List.of(record(0, 1)),
                                List.of(),
                                new Document(1, 1, "x"),
                                1204,
                                0)
                        .verdict())
                .isEqualTo("waiting in enrich: consumer lag 1,204 on its raw partition");
    }

    @Test
    void anEnrichedRevisionNotYetIndexedWaitsInIndex() {
        assertThat(trace(List.of(record(5, 3)), List.of(record(4, 3)), List.of(), null, 0, 7)
                        .verdict())
                .isEqualTo("waiting in index: consumer lag 7 on its enriched partition");
        assertThat(new Trace(
                                "a",
                                List.of(record(5, 3)),
                                List.of(),
                                List.of(),
                                Optional.empty(),
                                OptionalLong.empty(),
                                OptionalLong.empty())
                        .verdict())
                .startsWith("waiting in enrich: consumer lag unknown");
    }

    @Test
    void theNewestRecordRefusedByAStageIsDeadLetteredWithTheReason() {
        DeadLetterEntry refusedRaw =
                new DeadLetterEntry(0, 9, "enrich", "schema id 7 is not in the registry", "articles.raw", 2, 5, T);
        assertThat(trace(
                                List.of(record(0, 1), record(5, 3)),
                                List.of(record(0, 1)),
                                List.of(refusedRaw),
                                new Document(1, 1, "x"),
                                0,
                                0)
                        .verdict())
                .isEqualTo("dead-lettered by enrich: schema id 7 is not in the registry");

        DeadLetterEntry refusedEnriched =
                new DeadLetterEntry(0, 10, "index", "mapping rejected field x", "articles.enriched", 2, 4, T);
        assertThat(trace(List.of(record(5, 3)), List.of(record(4, 3)), List.of(refusedEnriched), null, 0, 0)
                        .verdict())
                .isEqualTo("dead-lettered by index: mapping rejected field x");

        DeadLetterEntry refusedOlder = new DeadLetterEntry(0, 1, "enrich", "old trouble", "articles.raw", 2, 0, T);
        assertThat(trace(
                                List.of(record(0, 1), record(5, 3)),
                                List.of(record(4, 3)),
                                List.of(refusedOlder),
                                new Document(3, 3, "x"),
                                0,
                                0)
                        .verdict())
                .as("an older record's dead letter is history")
                .isEqualTo("searchable at revision 3");
    }

    @Test
    void aDeleteThatReachedTheIndexIsDeletedAndOneThatDidNotWaits() {
        assertThat(trace(
                                List.of(record(0, 1), tombstone(5, 2)),
                                List.of(record(0, 1), tombstone(4, 2)),
                                List.of(),
                                null,
                                0,
                                0)
                        .verdict())
                .isEqualTo("deleted at revision 2");
        assertThat(trace(
                                List.of(record(0, 1), tombstone(5, 2)),
                                List.of(record(0, 1), tombstone(4, 2)),
                                List.of(),
                                new Document(1, 1, "x"),
                                0,
                                3)
                        .verdict())
                .startsWith("waiting in index");
    }

    @Test
    void anIdThePipelineNeverSawIsUnknown() {
        assertThat(trace(List.of(), List.of(), List.of(), null, 0, 0).verdict())
                .startsWith("unknown: no record of 'a'");
    }
}
