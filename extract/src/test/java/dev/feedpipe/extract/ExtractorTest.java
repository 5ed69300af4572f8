package dev.feedpipe.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.article.Placeholders;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    @Test
    void placeholdersAreConfigurable() {
        Extractor extractor = new Extractor(
                new ExtractorSettings(new Placeholders("<code>", "<formula>", "<m>"), 350, Taxonomy.defaults()));
        FeedEntry entry = extractor.extract(ArticleInput.of("a $x$ b\n\n```\nc\n```\n\n$$\ny\n$$", Format.MARKDOWN));
        assertThat(entry.text()).isEqualTo("a <m> b <code> <formula>");
    }

    @Test
    void theSummaryLengthIsConfigurable() {
        Extractor extractor = new Extractor(new ExtractorSettings(Placeholders.DEFAULT, 20, Taxonomy.defaults()));
        assertThat(extractor
                        .extract(ArticleInput.of("字".repeat(30), Format.TEXT))
                        .summary())
                .isEqualTo("字".repeat(20) + "...");
        assertThatThrownBy(() -> new ExtractorSettings(Placeholders.DEFAULT, 0, Taxonomy.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Placeholders(" ", "[公式]", "[Math]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenMetadataWinsOverFrontMatterAndTagsAreMerged() {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        String body = "---\nid: from-front-matter\ntitle: 前言\ntags: [a, b]\n---\n正文";
        FeedEntry entry =
                extractor.extract(new ArticleInput("given-id", "给定标题", body, Format.MARKDOWN, null, List.of("b", "c")));
        assertThat(entry.id()).isEqualTo("given-id");
        assertThat(entry.title()).isEqualTo("给定标题");
        assertThat(entry.tags()).containsExactly("b", "c", "a");
    }

    @Test
    void anArticleWithoutIdGetsAStableContentId() {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        String first = extractor.extract(ArticleInput.of("同样的内容", Format.TEXT)).id();
        String again = extractor.extract(ArticleInput.of("同样的内容", Format.TEXT)).id();
        String other = extractor.extract(ArticleInput.of("不同的内容", Format.TEXT)).id();
        assertThat(first).isEqualTo(again).isNotEqualTo(other).startsWith("c-");
    }

    @Test
    void htmlMetaTagsGiveMetadata() {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        FeedEntry entry = extractor.extract(ArticleInput.of("""
                <html><head><title>标题</title><meta name="id" content="h-1"><meta name="category" content="LLM">
                <meta name="keywords" content="x, y"><meta name="date" content="2026-01-02"></head>
                <body><p>正文 https://a.b/c 与 <a href="https://d.e">链接 https://d.e</a></p></body></html>""", Format.HTML));
        assertThat(entry.id()).isEqualTo("h-1");
        assertThat(entry.title()).isEqualTo("标题");
        assertThat(entry.category()).isEqualTo("LLM");
        assertThat(entry.categorySource()).isEqualTo(CategorySource.AUTHOR);
        assertThat(entry.tags()).containsExactly("x", "y");
        assertThat(entry.date()).isEqualTo("2026-01-02");
        assertThat(entry.linkCount()).isEqualTo(2);
    }

    @Test
    void samplesOfTheSameArticleInMarkdownAndHtmlAgree() {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        FeedEntry markdown = extractor.extract(ArticleInput.of("# 标题\n\n段落 $x$。\n\n```py\nx\n```", Format.MARKDOWN));
        FeedEntry html = extractor.extract(ArticleInput.of(
                "<h1>标题</h1><p>段落 \\(x\\)。</p><pre><code class=\"language-py\">x</code></pre>", Format.HTML));
        assertThat(html.text()).isEqualTo(markdown.text());
        assertThat(html.codeBlocks()).isEqualTo(markdown.codeBlocks());
    }

    private static String leadImage(String body, Format format) {
        return new Extractor(ExtractorSettings.defaults())
                .extract(ArticleInput.of(body, format))
                .image();
    }

    @Test
    void theLeadImageIsTheOneTheArticleNamesElseItsFirst() {
        String first = "# T\n\n正文 ![图](img/first.png) 与 ![](https://cdn.example.org/second.png)";
        assertThat(leadImage(first, Format.MARKDOWN)).isEqualTo("img/first.png");
        assertThat(leadImage("---\nimage: /covers/a.jpg\n---\n" + first, Format.MARKDOWN))
                .as("front matter image")
                .isEqualTo("/covers/a.jpg");
        assertThat(leadImage("---\ncover: https://cdn.example.org/c.jpg\n---\n" + first, Format.MARKDOWN))
                .as("Hexo's cover")
                .isEqualTo("https://cdn.example.org/c.jpg");
        assertThat(leadImage("---\nimages: [https://cdn.example.org/h.jpg]\n---\n正文", Format.MARKDOWN))
                .as("Hugo's images")
                .isEqualTo("https://cdn.example.org/h.jpg");
        assertThat(leadImage("正文 <img class=\"x\" src='raw.gif'> 完", Format.MARKDOWN))
                .as("raw inline HTML")
                .isEqualTo("raw.gif");
        assertThat(leadImage("# T\n\n只有文字", Format.MARKDOWN)).isNull();
    }

    @Test
    void aPageLeadsWithItsOgImageElseTheFirstImageOfItsArticle() {
        String article =
                "<article><h1>T</h1><p>正文足够长的一段话。</p><img data-src=\"/lazy.png\"><img src=\"/b.png\"></article>";
        assertThat(leadImage(
                        "<html><head><meta property=\"og:image\" content=\"https://x.example/og.png\"></head><body>"
                                + article + "</body></html>",
                        Format.HTML))
                .isEqualTo("https://x.example/og.png");
        assertThat(leadImage("<html><body>" + article + "</body></html>", Format.HTML))
                .as("a lazy-loaded image counts by its data-src")
                .isEqualTo("/lazy.png");
    }

    @Test
    void onlyWebAddressesLead() {
        assertThat(leadImage(
                        "---\nimage: javascript:alert(1)\n---\n![](data:image/png;base64,AAAA) ![](ok.png)",
                        Format.MARKDOWN))
                .isEqualTo("ok.png");
        assertThat(leadImage("![](data:image/png;base64,AAAA)", Format.MARKDOWN))
                .isNull();
    }
}
