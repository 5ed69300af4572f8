package dev.feedpipe.ingest.publish;

import dev.feedpipe.schema.RawArticle;

/** Publishes raw articles and their deletions. */
public interface ArticlePublisher extends AutoCloseable {

    /** Blocks until the record is acknowledged by all in-sync replicas. */
    Receipt publish(RawArticle article);

    /** Publishes a tombstone for the id: the article is deleted downstream. */
    Receipt delete(String id);

    /** Whether the cluster answered recently; used for readiness. Never blocks long. */
    boolean isAvailable();

    @Override
    void close();
}
