package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void chineseIsCutIntoWordsNotCharacters() {
        assertThat(segmenter.words("我们搜集了数据")).contains("搜集", "数据").doesNotContain("搜", "集");
    }

    @Test
    void englishIsLowerCasedAndStemmed() {
        assertThat(segmenter.words("Training PyTorch Models")).containsExactly("train", "pytorch", "model");
    }

    @Test
    void punctuationAndBlankTextGiveNoWords() {
        assertThat(segmenter.words("，。！？ ... ")).isEmpty();
        assertThat(segmenter.terms(null)).isEmpty();
    }
}
