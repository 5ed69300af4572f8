package dev.feedpipe.extract.internal.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void cjkCharactersAndLatinWordsAreCountedSeparately() {
        TextStats stats = TextStats.of("用 PyTorch 训练 state-of-the-art 模型, 3.14 分。");
        assertThat(stats.cjkCharacters()).isEqualTo(6);
        assertThat(stats.latinWords()).as("PyTorch, state-of-the-art, 3.14").isEqualTo(3);
        assertThat(stats.wordCount()).isEqualTo(9);
    }

    @Test
    void languageFollowsTheDominantScript() {
        assertThat(TextStats.of("这是一篇中文文章，包含 GPU 和 CUDA 两个英文词。").language()).isEqualTo("zh");
        assertThat(TextStats.of("An English article that mentions 中文 once.").language())
                .isEqualTo("en");
        assertThat(TextStats.of("これは日本語の記事です").language()).isEqualTo("ja");
        assertThat(TextStats.of("한국어 기사입니다").language()).isEqualTo("ko");
        assertThat(TextStats.of("  ").language()).isEqualTo("und");
    }

    @Test
    void readingTimeIsAtLeastOneMinuteAndGrowsWithLength() {
        assertThat(TextStats.of("短").readingMinutes()).isEqualTo(1);
        assertThat(TextStats.of("字".repeat(4000)).readingMinutes()).isEqualTo(10);
        assertThat(TextStats.of("word ".repeat(2200)).readingMinutes()).isEqualTo(10);
    }
}
