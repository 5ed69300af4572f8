package dev.feedpipe.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.article.Placeholders;
import dev.feedpipe.extract.Declarations;
import dev.feedpipe.extract.Format;
import dev.feedpipe.problem.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SubmissionParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SubmissionParser parser = new SubmissionParser(1000, new Declarations(Placeholders.DEFAULT));

    private Submission json(String text) throws Exception {
        return parser.fromJson(JSON.readTree(text));
    }

    private static void assertFieldErrors(ThrowingCallable call, int status, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidArticleException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
        });
    }

    @Test
    void aCompleteJsonArticleIsRead() throws Exception {
        Submission submission = json("""
                {"id":"a-1","revision":3,"title":"标题","body":"# 正文","format":"html","author":"林舟",
                 "category":"LLM","tags":["x","y"],"sourceUrl":"https://blog.example.com/a","publishedAt":"2026-01-11"}""");
        assertThat(submission)
                .isEqualTo(new Submission(
                        "a-1",
                        3L,
                        "标题",
                        "# 正文",
                        Format.HTML,
                        "林舟",
                        "LLM",
                        List.of("x", "y"),
                        "https://blog.example.com/a",
                        Instant.parse("2026-01-11T00:00:00Z")));
    }

    @Test
    void formatDefaultsToMarkdownAndDatesMayCarryTimeAndOffset() throws Exception {
        Submission submission = json("{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"2026-01-11T08:00:00+08:00\"}");
        assertThat(submission.format()).isEqualTo(Format.MARKDOWN);
        assertThat(submission.publishedAt()).isEqualTo(Instant.parse("2026-01-11T00:00:00Z"));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        assertFieldErrors(() -> json("{\"body\":\" \"}"), 400, "title", "body");
        assertFieldErrors(() -> json("{\"title\":\"t\",\"body\":\"b\",\"format\":\"PDF\"}"), 400, "format");
        assertFieldErrors(
                () -> json("{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"yesterday\"}"), 400, "publishedAt");
        assertFieldErrors(() -> json("{\"title\":\"t\",\"body\":\"b\",\"revision\":-1}"), 400, "revision");
        assertFieldErrors(() -> json("{\"title\":\"t\",\"body\":\"b\",\"revision\":1.5}"), 400, "revision");
        assertFieldErrors(() -> json("{\"title\":\"t\",\"body\":\"b\",\"id\":\"has space\"}"), 400, "id");
        assertFieldErrors(
                () -> json("{\"title\":\"t\",\"body\":\"b\",\"sourceUrl\":\"javascript:alert(1)\"}"), 400, "sourceUrl");
        assertFieldErrors(() -> json("{\"title\":7,\"body\":\"b\",\"tags\":[1]}"), 400, "title", "tags", "title");
        assertFieldErrors(() -> json("[1,2]"), 400, "$");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        assertFieldErrors(() -> json("{\"title\":\"t\",\"body\":\"" + "x".repeat(1001) + "\"}"), 413, "body");
        assertFieldErrors(() -> parser.fromMarkdown("字".repeat(400), Map.of()), 413, "body");
    }

    @Test
    void markdownTakesItsMetadataFromFrontMatterAndParametersWin() {
        String body =
                "---\ntitle: 前言标题\nid: fm-id\nrevision: 7\ntags: [a, b]\ncategory: Python\ndate: 2026-01-02\n---\n正文";
        Submission fromFrontMatter = parser.fromMarkdown(body, Map.of());
        assertThat(fromFrontMatter.title()).isEqualTo("前言标题");
        assertThat(fromFrontMatter.id()).isEqualTo("fm-id");
        assertThat(fromFrontMatter.revision()).isEqualTo(7L);
        assertThat(fromFrontMatter.tags()).containsExactly("a", "b");
        assertThat(fromFrontMatter.publishedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));

        Submission overridden = parser.fromMarkdown(body, Map.of("title", "参数标题", "tags", "c, d"));
        assertThat(overridden.title()).isEqualTo("参数标题");
        assertThat(overridden.tags())
                .as("given and declared tags are merged, as enrich merges them")
                .containsExactly("c", "d", "a", "b");
    }

    @Test
    void aCategoryAndASourceAreReadUnderEveryKeyEnrichReads() {
        Submission submission =
                parser.fromMarkdown("---\ncategories: LLM\nsource: https://x.example/a\n---\n# T\n\n正文", Map.of());
        assertThat(submission.category()).isEqualTo("LLM");
        assertThat(submission.sourceUrl()).isEqualTo("https://x.example/a");
    }

    @Test
    void markdownWithoutFrontMatterTitleUsesItsFirstHeading() {
        assertThat(parser.fromMarkdown("# 第一个标题\n\n正文", Map.of()).title()).isEqualTo("第一个标题");
        assertFieldErrors(() -> parser.fromMarkdown("  ", Map.of()), 400, "title", "body");
    }

    @Test
    void htmlTakesMetadataFromParametersElseFromItsHead() {
        String html =
                "<html><head><title>页面标题</title><meta name=\"category\" content=\"LLM\"></head><body>x</body></html>";
        assertThat(parser.fromHtml(html, Map.of()).title()).isEqualTo("页面标题");
        assertThat(parser.fromHtml(html, Map.of()).category()).isEqualTo("LLM");
        assertThat(parser.fromHtml(html, Map.of("title", "参数")).title()).isEqualTo("参数");
        assertFieldErrors(() -> parser.fromHtml("<p>没有标题</p>", Map.of()), 400, "title");
    }
}
