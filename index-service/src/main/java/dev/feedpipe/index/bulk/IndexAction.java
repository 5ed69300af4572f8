package dev.feedpipe.index.bulk;

import dev.feedpipe.search.ArticleDocument;
import org.apache.kafka.common.TopicPartition;

/**
 * One write to the index and where it came from. A null document is a delete.
 *
 * @param revision the article revision, used as the external version; -1 for a delete whose
 *        tombstone names no revision
 * @param estimatedBytes the size the action adds to a bulk request
 * @param sourceKey the record's key bytes, for the dead-letter topic
 * @param sourceValue the record's value bytes, for the dead-letter topic
 */
public record IndexAction(
        TopicPartition partition,
        long offset,
        String id,
        long revision,
        ArticleDocument document,
        int estimatedBytes,
        byte[] sourceKey,
        byte[] sourceValue) {

    public boolean isDelete() {
        return document == null;
    }
}
