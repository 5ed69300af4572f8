package dev.feedpipe.ingest.article;

import dev.feedpipe.article.ArticleIds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Settles an article's id and revision. The id is the poster's, else derived from the source URL,
 * else from the body, so posting the same thing twice gives the same id. The revision is
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

    /** The article's id by the one id rule ({@link ArticleIds#of}). */
    public String idOf(Submission submission) {
        return ArticleIds.of(submission.id(), submission.sourceUrl(), submission.body());
    }

    /** The requested revision, else the next one for the id (also what a delete is ordered by). */
    public synchronized long revisionOf(String id, Long requested) {
        long revision =
                requested != null ? requested : Math.max(clock.getAsLong(), lastRevisions.getOrDefault(id, -1L) + 1);
        lastRevisions.merge(id, revision, Math::max);
        return revision;
    }
}
