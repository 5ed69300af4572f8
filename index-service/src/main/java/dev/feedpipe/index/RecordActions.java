package dev.feedpipe.index;

import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.schema.ArticleHeaders;
import dev.feedpipe.search.ArticleDocument;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** Turns records of the enriched topic into index actions (the live loop and the reindexer alike). */
final class RecordActions {

    private RecordActions() {}

    /** The article id of a record, or null when it has no key. */
    static String id(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null || record.key().length == 0
                ? null
                : new String(record.key(), StandardCharsets.UTF_8);
    }

    /** A tombstone's delete, ordered by the revision its header names (unordered without one). */
    static IndexAction delete(ConsumerRecord<byte[], byte[]> record) {
        return new IndexAction(
                partition(record),
                record.offset(),
                id(record),
                ArticleHeaders.revision(record.headers()).orElse(-1),
                null,
                size(record),
                record.key(),
                null);
    }

    static IndexAction index(ConsumerRecord<byte[], byte[]> record, long revision, ArticleDocument document) {
        // the document is roughly the record's text again, plus its segmented words
        return new IndexAction(
                partition(record),
                record.offset(),
                id(record),
                revision,
                document,
                size(record) * 2,
                record.key(),
                record.value());
    }

    /** An action that only carries the record to the dead-letter topic. */
    static IndexAction unread(ConsumerRecord<byte[], byte[]> record) {
        return new IndexAction(
                partition(record), record.offset(), id(record), -1, null, size(record), record.key(), record.value());
    }

    private static TopicPartition partition(ConsumerRecord<byte[], byte[]> record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    private static int size(ConsumerRecord<byte[], byte[]> record) {
        return (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
    }
}
