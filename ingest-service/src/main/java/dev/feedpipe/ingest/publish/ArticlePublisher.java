package dev.feedpipe.ingest.publish;

import dev.feedpipe.schema.RawArticle;

/** Publishes raw articles and their deletions. */
public interface ArticlePublisher extends AutoCloseable {

    /** Blocks until the record is acknowledged by all in-sync replicas. */
    Receipt publish(RawArticle article);

    /**
     * Publishes a tombstone for the id with the revision it deletes (in a header): the article is
     * deleted downstream unless a newer revision is already there.
     */
    Receipt delete(String id, long revision);

    /** Whether the cluster answered recently; used for readiness. Never blocks long. */
    boolean isAvailable();

    @Override
    void close();
}
