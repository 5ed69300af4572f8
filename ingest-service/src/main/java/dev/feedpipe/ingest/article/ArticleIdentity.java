package dev.feedpipe.ingest.article;

import dev.feedpipe.digest.Sha256;
import dev.feedpipe.extract.Extractor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Settles an article's id and revision. The id is the poster's, else derived from the source URL,
 * else from the title and body, so posting the same thing twice gives the same id. The revision is
 * the poster's, else a millisecond timestamp that never goes back for an id on this instance (several
 * instances rely on their clocks agreeing to the millisecond or so).
 */
public final class ArticleIdentity {

    private static final int REMEMBERED_IDS = 100_000;

    private final LongSupplier clock;
    private final Map<String, Long> lastRevisions = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };

    public ArticleIdentity(LongSupplier clock) {
        this.clock = clock;
    }

    public String idOf(Submission submission) {
        if (submission.id() != null) {
            return submission.id();
        }
        if (submission.sourceUrl() != null) {
            return "u-" + Sha256.hex(submission.sourceUrl().strip(), 8);
        }
        return Extractor.contentId(submission.body());
    }

    /** The requested revision, else the next one for the id (also what a delete is ordered by). */
    public synchronized long revisionOf(String id, Long requested) {
        long revision =
                requested != null ? requested : Math.max(clock.getAsLong(), lastRevisions.getOrDefault(id, -1L) + 1);
        lastRevisions.merge(id, revision, Math::max);
        return revision;
    }
}
