package dev.feedpipe.ingest.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The revisions of articles posted without one (ids follow the one id rule, {@link dev.feedpipe.article.ArticleIds#of}): a revision is
 * the poster's, else a millisecond timestamp that never goes back for an id on this instance (several
 * instances rely on their clocks agreeing to the millisecond or so).
 */
public final class Revisions {

    private static final int REMEMBERED_IDS = 100_000;

    private final LongSupplier clock;
    private final Map<String, Long> lastRevisions = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };

    public Revisions(LongSupplier clock) {
        this.clock = clock;
    }

    /** The requested revision, else the next one for the id (also what a delete is ordered by). */
    public synchronized long revisionOf(String id, Long requested) {
        long revision =
                requested != null ? requested : Math.max(clock.getAsLong(), lastRevisions.getOrDefault(id, -1L) + 1);
        lastRevisions.merge(id, revision, Math::max);
        return revision;
    }
}
