package dev.feedpipe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No input makes the extractor throw, and what it returns is still a well-formed entry. */
class PathologicalInputTest {

    private final Extractor extractor = new Extractor(ExtractorSettings.defaults());

    private FeedEntry extract(String body, Format format) {
        FeedEntry entry = extractor.extract(ArticleInput.of(body, format));
        assertThat(entry.summary().codePointCount(0, entry.summary().length())).isLessThanOrEqualTo(353);
        assertThat(entry.title()).isNotBlank();
        assertThat(entry.id()).isNotBlank();
        assertThat(hasLoneSurrogate(entry.text())).isFalse();
        return entry;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void emptyAndBlankBodies(Format format) {
        assertThat(extract("", format).text()).isEmpty();
        assertThat(extract(" \n\t\n ", format).summary()).isEmpty();
        assertThat(extract("", format).title()).isEqualTo("(untitled)");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void fiveMegabytes(Format format) {
        String paragraph = "大模型的显存占用 $x^2$ 与 `code` 以及 https://example.com/a-b 链接。\n\n";
        String body = paragraph.repeat(5 * 1024 * 1024 / paragraph.getBytes(StandardCharsets.UTF_8).length);
        FeedEntry entry = extract(body, format);
        assertThat(entry.summary()).endsWith("...");
        assertThat(entry.wordCount()).isGreaterThan(100_000);
    }

    @Test
    void deeplyNestedMarkdownListsAndQuotes() {
        extract("- ".repeat(50_000) + "deep", Format.MARKDOWN);
        extract("> ".repeat(50_000) + "deep", Format.MARKDOWN);
        extract("1. ".repeat(20_000) + "deep", Format.MARKDOWN);
        StringBuilder indented = new StringBuilder();
        for (int depth = 0; depth < 2_000; depth++) {
            indented.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        assertThat(extract(indented.toString(), Format.MARKDOWN).summary()).startsWith("level 0 level 1");
    }

    @Test
    void deeplyNestedHtml() {
        String html = "<div>".repeat(100_000) + "深" + "</div>".repeat(100_000);
        assertThat(extract(html, Format.HTML).text()).isEqualTo("深");
        extract("<ul><li>".repeat(20_000) + "x", Format.HTML);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void binaryGarbageAndInvalidUtf8(Format format) throws CharacterCodingException {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            FeedEntry entry = extract(new String(bytes, StandardCharsets.ISO_8859_1) + decoded, format);
            assertThat(entry.text()).doesNotContain("\u0000");
        }
    }

    @Test
    void loneSurrogatesAndControlCharactersBecomeSafeText() {
        String body = "前\uD800后\u0000\u0007\u200B文\uDC00";
        FeedEntry entry = extract(body, Format.TEXT);
        assertThat(entry.text()).isEqualTo("前\uFFFD后文\uFFFD");
    }

    @Test
    void manyUnclosedDelimiters() {
        extract("$a ".repeat(100_000), Format.MARKDOWN);
        extract("\\(".repeat(100_000), Format.MARKDOWN);
        extract("$$\n".repeat(50_000), Format.MARKDOWN);
        extract("```\n".repeat(30_001), Format.MARKDOWN);
        extract("*a **a ".repeat(50_000), Format.MARKDOWN);
        extract("[".repeat(100_000) + "]".repeat(100_000), Format.MARKDOWN);
        extract("$".repeat(200_000), Format.HTML);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
