package dev.feedpipe.enrich.topology;

import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.Format;
import dev.feedpipe.schema.ArticleHeaders;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Enriches one raw article at a time. Keeps per article id the newest revision enriched or deleted:
 * an older revision is dropped, the same revision with the same content and extractor is dropped, a
 * tombstone is passed on unless a newer revision is already there. What it refuses it throws as
 * {@link RejectedArticleException}, which the processing exception handler sends to the dead-letter
 * topic. The store is written only after the output was forwarded, so a failed forward leaves no trace
 * that would make the retried record look like a duplicate.
 */
final class EnrichProcessor implements Processor<String, RawArticle, String, EnrichedArticle> {

    private final Function<ArticleInput, FeedEntry> extraction;
    private final String extractorFingerprint;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, String> revisions;

    EnrichProcessor(
            Function<ArticleInput, FeedEntry> extraction,
            String extractorFingerprint,
            Clock clock,
            EnrichMetrics metrics) {
        this.extraction = extraction;
        this.extractorFingerprint = extractorFingerprint;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.revisions = context.getStateStore(EnrichTopology.REVISION_STORE);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String id = record.key();
        if (id == null || id.isEmpty()) {
            throw new RejectedArticleException("record without key: the key must be the article id");
        }
        if (!ArticleIds.isValid(id)) {
            throw new RejectedArticleException(ArticleIds.notAnId(id));
        }
        RawArticle raw = record.value();
        if (raw == null) {
            delete(record);
            return;
        }
        if (!id.equals(raw.getId())) {
            throw new RejectedArticleException("key '" + id + "' differs from the article id '" + raw.getId() + "'");
        }
        String contentHash = Fingerprints.content(raw);
        if (alreadyEnriched(raw, contentHash)) {
            return;
        }
        EnrichedArticle enriched = enrich(raw);
        context.forward(record.withValue(enriched));
        revisions.put(id, new ArticleState(raw.getRevision(), contentHash, extractorFingerprint, false).encode());
        metrics.enriched.increment();
    }

    /**
     * A tombstone without a revision header (from a producer of its own) deletes whatever is there and
     * keeps the known revision as the floor. A second tombstone of the revision already deleted is dropped.
     */
    private void delete(Record<String, RawArticle> record) {
        String id = record.key();
        ArticleState previous = ArticleState.decode(revisions.get(id));
        OptionalLong revision = ArticleHeaders.revision(record.headers());
        if (previous != null && revision.isPresent() && revision.getAsLong() < previous.revision()) {
            metrics.stale.increment();
            return;
        }
        if (previous != null && previous.deleted() && revision.orElse(previous.revision()) == previous.revision()) {
            metrics.duplicates.increment(); // a retried delete: the tombstone is already out
            return;
        }
        long deletedAt = revision.orElse(previous == null ? 0 : previous.revision());
        context.forward(record.withValue(null));
        revisions.put(id, ArticleState.deletedAt(deletedAt).encode());
        metrics.tombstones.increment();
    }

    private boolean alreadyEnriched(RawArticle raw, String contentHash) {
        ArticleState previous = ArticleState.decode(revisions.get(raw.getId()));
        if (previous == null || raw.getRevision() > previous.revision()) {
            return false;
        }
        if (raw.getRevision() < previous.revision() || previous.deleted()) {
            metrics.stale.increment();
            return true;
        }
        if (!previous.contentHash().equals(contentHash)) {
            throw new RejectedArticleException("revision " + raw.getRevision() + " of article '" + raw.getId()
                    + "' was already enriched with other content; post changes with a higher revision");
        }
        if (previous.extractorFingerprint().equals(extractorFingerprint)) {
            metrics.duplicates.increment();
            return true;
        }
        return false;
    }

    private EnrichedArticle enrich(RawArticle raw) {
        long started = System.nanoTime();
        try {
            FeedEntry entry = extraction.apply(new ArticleInput(
                    raw.getId(),
                    raw.getTitle(),
                    raw.getBody(),
                    Format.valueOf(raw.getFormat().name()),
                    raw.getCategory(),
                    raw.getTags()));
            return EnrichedArticles.of(raw, entry, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedArticleException(
                    "extraction failed for article '" + raw.getId() + "' revision " + raw.getRevision() + ": " + e, e);
        } finally {
            metrics.latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
