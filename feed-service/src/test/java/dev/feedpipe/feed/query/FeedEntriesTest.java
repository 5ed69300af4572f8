package dev.feedpipe.feed.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedEntriesTest {

    @Test
    void highlightMarksBecomeSegmentsAndMarkupStaysText() {
        String fragment = "关于" + FeedSearch.MARK_START + "搜索引擎" + FeedSearch.MARK_END + "的<b>介绍</b>";

        assertThat(FeedEntries.segments(fragment))
                .containsExactly(
                        Map.of("text", "关于", "match", false),
                        Map.of("text", "搜索引擎", "match", true),
                        Map.of("text", "的<b>介绍</b>", "match", false));
    }

    @Test
    void aFragmentWithoutMarksIsOneSegment() {
        assertThat(FeedEntries.segments("plain")).isEqualTo(List.of(Map.of("text", "plain", "match", false)));
    }
}
