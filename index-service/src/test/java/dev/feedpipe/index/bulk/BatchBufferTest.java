package dev.feedpipe.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.index.TestArticles;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.Segmenter;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class BatchBufferTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);
    private static final ArticleDocument DOCUMENT =
            ArticleDocument.of(TestArticles.article("id", 1, "t", "x"), new Segmenter());

    private static IndexAction action(TopicPartition partition, long offset, int bytes) {
        return new IndexAction(partition, offset, "id" + offset, 1, DOCUMENT, bytes, null, null);
    }

    @Test
    void isDueByCount() {
        BatchBuffer buffer = new BatchBuffer(3, 1_000_000, 60_000);
        buffer.add(action(P0, 0, 10), 0);
        buffer.add(action(P0, 1, 10), 0);
        assertThat(buffer.isDue(0)).isFalse();
        buffer.add(action(P0, 2, 10), 0);
        assertThat(buffer.isDue(0)).isTrue();
        assertThat(buffer.isFull()).isTrue();
    }

    @Test
    void isDueByBytes() {
        BatchBuffer buffer = new BatchBuffer(100, 1000, 60_000);
        buffer.add(action(P0, 0, 600), 0);
        assertThat(buffer.isDue(0)).isFalse();
        buffer.add(action(P0, 1, 600), 0);
        assertThat(buffer.isDue(0)).isTrue();
    }

    @Test
    void isDueWhenTheOldestActionHasLingeredLongEnough() {
        BatchBuffer buffer = new BatchBuffer(100, 1_000_000, 200);
        assertThat(buffer.isDue(0)).as("empty is never due").isFalse();
        buffer.add(action(P0, 0, 1), 1_000_000_000L);
        buffer.add(action(P0, 1, 1), 1_150_000_000L);
        assertThat(buffer.isDue(1_199_000_000L)).isFalse();
        assertThat(buffer.isDue(1_200_000_000L)).isTrue();
    }

    @Test
    void drainHandsOverInOrderAndEmpties() {
        BatchBuffer buffer = new BatchBuffer(100, 1_000_000, 200);
        buffer.add(action(P0, 0, 1), 0);
        buffer.add(action(P1, 5, 1), 0);
        assertThat(buffer.drain()).extracting(IndexAction::offset).containsExactly(0L, 5L);
        assertThat(buffer.isEmpty()).isTrue();
        assertThat(buffer.isDue(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void revokedPartitionsAreForgotten() {
        BatchBuffer buffer = new BatchBuffer(100, 100, 200);
        buffer.add(action(P0, 0, 60), 0);
        buffer.add(action(P1, 1, 60), 0);
        buffer.removePartitions(List.of(P1));
        assertThat(buffer.drain()).extracting(IndexAction::partition).containsExactly(P0);
        buffer.add(action(P0, 2, 60), 0);
        assertThat(buffer.isDue(0)).as("bytes were recounted").isFalse();
    }
}
