package dev.feedpipe.extract.internal.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.article.Placeholders;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummaryCutterTest {

    private static final int LIMIT = 350;
    private final SummaryCutter cutter = new SummaryCutter(LIMIT, Placeholders.DEFAULT.all());

    private static String han(int count) {
        return "中".repeat(count);
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void textOfAtMostTheLimitIsNotCut() {
        assertThat(cutter.cut(han(350))).isEqualTo(han(350));
        assertThat(cutter.cut("short")).isEqualTo("short");
    }

    @Test
    void longerTextIsCutAtTheLimitAndGetsAnEllipsis() {
        assertThat(cutter.cut(han(351))).isEqualTo(han(350) + "...");
    }

    @Test
    void lengthIsCountedInCodePointsNotChars() {
        String emoji = "😀".repeat(400);
        String summary = cutter.cut(emoji);
        assertThat(summary).isEqualTo("😀".repeat(350) + "...");
        assertThat(summary.chars().filter(c -> Character.isSurrogate((char) c)).count())
                .isEqualTo(700);
    }

    @Test
    void neverCutsInsideAPlaceholder() {
        String text = han(348) + "[代码]" + han(10);
        assertThat(cutter.cut(text)).isEqualTo(han(348) + "...");
    }

    @Test
    void neverCutsInsideAUrl() {
        String text = han(330) + " https://docs.djangoproject.com/zh-hans/5.0/intro/ " + han(10);
        assertThat(cutter.cut(text)).isEqualTo(han(330) + "...");
    }

    @Test
    void aUrlEndsAtCjkText() {
        String text = han(300) + " https://x.io/a-b。" + han(100);
        String summary = cutter.cut(text);
        assertThat(summary).startsWith(han(300) + " https://x.io/a-b。中");
        assertThat(codePoints(summary)).isEqualTo(353);
    }

    @Test
    void neverCutsInsideALatinWordOrAHyphenatedOne() {
        assertThat(cutter.cut(han(345) + " transformer " + han(10))).isEqualTo(han(345) + "...");
        assertThat(cutter.cut(han(340) + " Straight-Through " + han(10))).isEqualTo(han(340) + "...");
        assertThat(cutter.cut(han(340) + "Straight-Through" + han(10))).isEqualTo(han(340) + "...");
    }

    @Test
    void neverCutsInsideANumber() {
        assertThat(cutter.cut(han(346) + "3.14159" + han(10))).isEqualTo(han(346) + "...");
        assertThat(cutter.cut(han(347) + "1,000,000" + han(10))).isEqualTo(han(347) + "...");
    }

    @Test
    void cutsBetweenCjkCharactersAnywhere() {
        assertThat(cutter.cut(han(200) + "。" + han(200))).isEqualTo(han(200) + "。" + han(149) + "...");
    }

    @Test
    void aSingleTokenLongerThanTheLimitIsCutAtTheLimit() {
        String url = "https://example.com/" + "a".repeat(500);
        String summary = cutter.cut(url);
        assertThat(codePoints(summary)).isEqualTo(353);
    }

    @Test
    void randomTextsKeepTheInvariants() {
        Random random = new Random(42);
        String[] pieces = {
            "中文",
            "文本",
            " ",
            "word",
            "-",
            "3.5",
            "[代码]",
            "[公式]",
            "[Math]",
            " https://a.b/c-d ",
            "😀",
            "。",
            ",",
            "nn.Conv2d",
            "Straight-Through"
        };
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            while (codePoints(text.toString()) < 360 + random.nextInt(100)) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String summary = cutter.cut(text.toString());
            String kept = summary.substring(0, summary.length() - SummaryCutter.ELLIPSIS.length());
            assertThat(summary).endsWith("...");
            assertThat(text.toString()).as("summary is a prefix").startsWith(kept);
            assertThat(codePoints(kept)).isLessThanOrEqualTo(LIMIT);
            String rest = text.substring(kept.length());
            if (!kept.isEmpty() && !rest.isEmpty()) {
                char last = kept.charAt(kept.length() - 1);
                char next = rest.charAt(0);
                assertThat(Character.isLetterOrDigit(last)
                                && Character.isLetterOrDigit(next)
                                && last < 0x2E80
                                && next < 0x2E80)
                        .as(
                                "cut inside a word: ...%s|%s...",
                                kept.substring(Math.max(0, kept.length() - 10)),
                                rest.substring(0, Math.min(10, rest.length())))
                        .isFalse();
                for (String placeholder : Placeholders.DEFAULT.all()) {
                    for (int split = 1; split < placeholder.length(); split++) {
                        assertThat(kept.endsWith(placeholder.substring(0, split))
                                        && rest.startsWith(placeholder.substring(split))
                                        && text.indexOf(placeholder, kept.length() - split) == kept.length() - split)
                                .as("cut inside %s", placeholder)
                                .isFalse();
                    }
                }
                assertThat(Character.isHighSurrogate(last))
                        .as("cut inside a surrogate pair")
                        .isFalse();
            }
        }
    }
}
