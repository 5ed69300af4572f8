package dev.feedpipe.feed.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.TextPlaceholders;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    private static final ArticlePage PAGE =
            new ArticlePage(List.of("[代码]", "[公式]", "[Math]"), PageAssets.fromClasspath());
    private static final SiteLinks LINKS = new SiteLinks("https://news.example.org/feedpipe");

    private static EnrichedArticle article(String id, String title, String text, String author, String sourceUrl) {
        return rendered(id, title, text, "", author, sourceUrl);
    }

    private static EnrichedArticle rendered(
            String id, String title, String text, String html, String author, String sourceUrl) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setRevision(3)
                .setTitle(title)
                .setSummary("摘要 " + title)
                .setText(text)
                .setHtml(html)
                .setCategory("LLM")
                .setCategorySource(CategorySource.AUTHOR)
                .setTags(List.of("t1", "t2"))
                .setLanguage("zh")
                .setCodeBlocks(List.of(new CodeBlock(null)))
                .setFormulaCount(1)
                .setWordCount(400)
                .setReadingMinutes(2)
                .setAuthor(author)
                .setSourceUrl(sourceUrl)
                .setPublishedAt(Instant.parse("2026-01-05T10:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-06T10:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-01-06T10:00:01Z"))
                .setExtractorVersion("1.1.0")
                .build();
    }

    @Test
    void markupInEveryFieldStaysText() {
        String script = "<script>alert(1)</script>";
        Document page = Jsoup.parse(PAGE.render(
                article(
                        "x",
                        script + "T",
                        "a " + script + "\n\n<img src=x onerror=y>",
                        "<b>me</b>",
                        "javascript:alert(1)"),
                List.of(),
                LINKS));

        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo(script + "T");
        assertThat(page.select(".text p"))
                .extracting(e -> e.text())
                .containsExactly("a " + script, "<img src=x onerror=y>");
        assertThat(page.selectFirst(".author").text()).isEqualTo("<b>me</b>");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(script + "T");
        assertThat(page.select(".source")).as("a javascript: source is no link").isEmpty();
    }

    @Test
    void aRenderedArticleIsAllowListedAgainAndGetsItsTypesetterAndHighlighterFromThisServer() {
        String stored =
                "<h1>T</h1><h2>Part</h2><p>x <span class=\"math-inline\">a^2</span> <a href=\"/p/2\">next</a></p>"
                        + "<pre data-language=\"go\"><code class=\"language-go\">func f()</code></pre>"
                        + "<p onclick=\"alert(1)\">bad<script>alert(2)</script><iframe src=\"https://e.example\"></iframe></p>";
        Document page = Jsoup.parse(PAGE.render(
                rendered("r", "T", "x [代码]", stored, null, "https://blog.example.org/p/1"), List.of(), LINKS));

        assertThat(page.select("section.text.rendered h2").text()).isEqualTo("Part");
        assertThat(page.select(".text h1"))
                .as("the article's own title heading is the page's")
                .isEmpty();
        assertThat(PAGE.render(rendered("r", "T", "x", stored, null, null), List.of(), LINKS))
                .as("standards mode, which KaTeX needs")
                .startsWith("<!doctype html>");
        assertThat(page.select(".text .placeholder"))
                .as("the rendered article has no placeholders")
                .isEmpty();
        assertThat(page.select(".text a").attr("href")).isEqualTo("https://blog.example.org/p/2");
        assertThat(page.select(".text [onclick], .text script, .text iframe")).isEmpty();
        assertThat(page.select("head script").eachAttr("src"))
                .allMatch(src -> src.startsWith("/"))
                .anyMatch(src -> src.contains("/webjars/katex/"))
                .anyMatch(src -> src.contains("/webjars/highlightjs/"))
                .contains(PageAssets.ARTICLE_SCRIPT);

        Document plain =
                Jsoup.parse(PAGE.render(rendered("p", "T", "x", "<p>only prose</p>", null, null), List.of(), LINKS));
        assertThat(plain.select("head script"))
                .as("no script where nothing needs one")
                .isEmpty();
    }

    @Test
    void canonicalAndShareLinksUseThePublicUrl() {
        Document page = Jsoup.parse(
                PAGE.render(article("a b/c", "T", "x", null, "https://blog.example.org/p"), List.of(), LINKS));

        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.org/feedpipe/articles/a%20b%2Fc");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo("https://news.example.org/feedpipe/articles/a%20b%2Fc");
        assertThat(page.selectFirst("link[type=application/atom+xml]").attr("href"))
                .isEqualTo("https://news.example.org/feedpipe/feed.atom");
        assertThat(page.selectFirst(".back a").attr("href")).isEqualTo("https://news.example.org/feedpipe/");
        assertThat(page.selectFirst(".source a").attr("href")).isEqualTo("https://blog.example.org/p");
        assertThat(page.select(".author")).as("no author, no byline").isEmpty();
        assertThat(page.select(".tags .tag")).extracting(e -> e.text()).containsExactly("t1", "t2");
    }

    @Test
    void placeholdersBecomeChipsBetweenTextRuns() {
        assertThat(new PlaceholderText(List.of("[代码]", "[公式]", "[Math]")).split("a [代码][公式] b [Math]"))
                .containsExactly(
                        new PlaceholderText.Part("a ", null),
                        new PlaceholderText.Part("[代码]", "code"),
                        new PlaceholderText.Part("[公式]", "formula"),
                        new PlaceholderText.Part(" b ", null),
                        new PlaceholderText.Part("[Math]", "math"));
        assertThat(new PlaceholderText(List.of("[代码]", "[公式]", "[Math]")).split("plain"))
                .containsExactly(new PlaceholderText.Part("plain", null));
    }

    @Test
    void aTextIsSplitAtThePlaceholdersItsRecordCarriesNotAtTodaysSettings() {
        EnrichedArticle written = article("p", "T", "a <code> b [代码] c", null, null);
        written.setPlaceholders(new TextPlaceholders("<code>", "<formula>", "<math>"));
        Document page = Jsoup.parse(PAGE.render(written, List.of(), LINKS));
        assertThat(page.select(".text .placeholder.code"))
                .extracting(e -> e.text())
                .containsExactly("<code>");
        assertThat(page.select(".text p").text()).contains("[代码]");

        Document older = Jsoup.parse(PAGE.render(article("q", "T", "a <code> b [代码] c", null, null), List.of(), LINKS));
        assertThat(older.select(".text .placeholder.code"))
                .as("a record without its own: the service's settings")
                .extracting(e -> e.text())
                .containsExactly("[代码]");
    }

    @Test
    void theLeadImageBecomesTheCardImageResolvedAgainstTheOriginal() {
        EnrichedArticle withImage = article("i", "T", "text", null, "https://blog.example.org/posts/a/");
        withImage.setImage("cover.png");
        Document page = Jsoup.parse(PAGE.render(withImage, List.of(), LINKS));
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://blog.example.org/posts/a/cover.png");
        assertThat(page.select("meta[name=twitter:image]").attr("content"))
                .isEqualTo("https://blog.example.org/posts/a/cover.png");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        EnrichedArticle nowhere = article("j", "T", "text", null, null);
        nowhere.setImage("cover.png");
        Document without = Jsoup.parse(PAGE.render(nowhere, List.of(), LINKS));
        assertThat(without.select("meta[property=og:image]"))
                .as("a relative image without an original to resolve it against")
                .isEmpty();
        assertThat(without.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    @Test
    void onlyAbsoluteHttpAddressesBecomeLinks() {
        assertThat(SiteLinks.externalLink("https://a.example/x?y=1")).contains("https://a.example/x?y=1");
        assertThat(SiteLinks.externalLink("HTTP://a.example")).isPresent();
        for (String refused : new String[] {
            "javascript:alert(1)", "data:text/html,x", "//a.example", "/local", "", " ", "http:// bad", null
        }) {
            assertThat(SiteLinks.externalLink(refused))
                    .as(String.valueOf(refused))
                    .isEmpty();
        }
    }

    @Test
    void feedAddressesCarryTheirFiltersEncoded() {
        assertThat(LINKS.feed(SiteLinks.JSON_FEED_PATH, List.of("Deep Learning", "LLM"), "c++"))
                .isEqualTo(
                        "https://news.example.org/feedpipe/feed.json?category=Deep%20Learning&category=LLM&tag=c%2B%2B");
    }
}
