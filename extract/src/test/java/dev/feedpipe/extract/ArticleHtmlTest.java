package dev.feedpipe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The article rendered for its page ({@link FeedEntry#html()}): what survives and what never does. */
class ArticleHtmlTest {

    private final Extractor extractor = new Extractor(ExtractorSettings.defaults());

    private Element rendered(String body, Format format) {
        return Jsoup.parseBodyFragment(
                        extractor.extract(ArticleInput.of(body, format)).html())
                .body();
    }

    @Test
    void markdownKeepsItsStructureCodeLanguagesAndTex() {
        Element html = rendered("""
                ---
                title: 标题
                tags: [a]
                ---
                # 分布式训练

                Gradient $g = \\nabla L$ is averaged, see [the paper](https://example.org/ddp "DDP").

                | worker | batch |
                | --- | ---: |
                | 1 | 32 |

                ```python
                print("<b>hi</b>")
                ```

                $$
                \\bar g = \\frac{1}{n} \\sum_i g_i
                $$

                > quoted
                > - item one
                > - item two

                ![diagram](https://example.org/d.png)

                ```{note} Remember
                All workers hold **the same** weights.
                ```

                ```{toctree}
                a
                b
                ```
                """, Format.MARKDOWN);
        assertThat(html.select("h1").text()).isEqualTo("分布式训练");
        assertThat(html.text()).doesNotContain("tags: [a]").doesNotContain("toctree");
        assertThat(html.select("span.math-inline").text()).isEqualTo("g = \\nabla L");
        assertThat(html.select("div.math-display").text()).isEqualTo("\\bar g = \\frac{1}{n} \\sum_i g_i");
        assertThat(html.select("a[href=https://example.org/ddp]").attr("rel")).isEqualTo("nofollow noopener ugc");
        assertThat(html.select("table tr")).hasSize(2);
        assertThat(html.select("td").eachText()).containsExactly("1", "32");
        Element code = html.selectFirst("pre[data-language=python] > code.language-python");
        assertThat(code).isNotNull();
        assertThat(code.wholeText()).isEqualTo("print(\"<b>hi</b>\")\n");
        assertThat(html.select("blockquote li")).hasSize(2);
        assertThat(html.select("img[src=https://example.org/d.png]").attr("alt"))
                .isEqualTo("diagram");
        assertThat(html.select("aside strong").first().text()).isEqualTo("Remember");
        assertThat(html.select("aside p strong").last().text()).isEqualTo("the same");
    }

    @Test
    void nothingFromAnArticleCanRunStyleOrFrameThePage() {
        String body = """
                Text <script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=2">.

                [click](javascript:window.__pwned=3) <a href="jav&#x09;ascript:alert(1)">tab</a>

                <iframe src="https://evil.example/"></iframe>

                <style>body { display: none }</style>

                <svg><script>window.__pwned=4</script><a xlink:href="javascript:alert(5)">s</a></svg>

                <math><mi href="javascript:alert(6)">x</mi></math>

                <div class="back placeholder" style="position:fixed" onclick="alert(7)" id="entries">boxed</div>

                <form action="https://evil.example"><input name="q"></form>

                <object data="x.swf"></object><embed src="x.swf"> <a href="data:text/html,hi">data</a>

                <img src="data:image/svg+xml,<svg onload=alert(8)>">
                """;
        for (Format format : new Format[] {Format.MARKDOWN, Format.HTML}) {
            Element html = rendered(body, format);
            assertThat(html.select("script, iframe, style, svg, form, input, object, embed"))
                    .as(format.name())
                    .isEmpty();
            assertThat(html.select(
                            "[onerror], [onclick], [style], [id], [href^=javascript], [href^=data], [src^=data]"))
                    .as(format.name())
                    .isEmpty();
            assertThat(html.select("[class]")).as(format.name()).isEmpty();
            assertThat(html.select("mi").attr("href")).isEmpty();
            assertThat(html.select("mi").text()).isEqualTo("x");
            assertThat(html.text())
                    .as(format.name())
                    .contains("boxed")
                    .doesNotContain("__pwned=1")
                    .doesNotContain("__pwned=4")
                    .doesNotContain("display: none");
        }
    }

    @Test
    void aPageGivesItsArticleWithoutChromeTitleOrHighlightingMarkup() {
        Element html = rendered("""
                <html><head><title>Consistent hashing | Blog</title></head><body>
                <nav class="menu"><a href="/">Home</a><a href="/about">About</a></nav>
                <aside class="sidebar"><h3>Popular</h3><p>Other posts</p></aside>
                <article class="post-content">
                <h1>Consistent hashing</h1>
                <p>A ring of <em>virtual nodes</em> spreads keys evenly, with
                <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>O</mi></mrow>
                <annotation encoding="application/x-tex">O(\\log n)</annotation></semantics></math></span>
                <span class="katex-html" aria-hidden="true">O(log n)</span></span> lookups.</p>
                <div class="highlight"><pre><code class="language-go"><span class="kd">func</span> <span class="nx">hash</span>()</code></pre></div>
                <p>Inline \\(k \\bmod n\\) moves most keys.</p>
                <div class="share-buttons"><a href="https://twitter.example/share">Share</a></div>
                </article>
                <footer>© 2026</footer>
                </body></html>
                """, Format.HTML);
        assertThat(html.select("h1")).as("the title heading is the page's own").isEmpty();
        assertThat(html.text()).doesNotContain("Home").doesNotContain("Popular").doesNotContain("©");
        assertThat(html.select("em").text()).isEqualTo("virtual nodes");
        assertThat(html.select("span.math-inline").eachText()).containsExactly("O(\\log n)", "k \\bmod n");
        assertThat(html.select("pre[data-language=go] > code.language-go")
                        .first()
                        .wholeText())
                .isEqualTo("func hash()");
        assertThat(html.select("code span")).isEmpty();
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        Element html = rendered("first <b>line</b>\nstill first\n\n\nsecond", Format.TEXT);
        assertThat(html.select("p").eachText()).containsExactly("first <b>line</b> still first", "second");
        assertThat(html.select("b")).isEmpty();
    }

    @Test
    void aPageResolvesRelativeLinksAgainstTheOriginalOrDropsThem() {
        String stored = SafeHtml.clean("<p><a href=\"/about\">about</a> <img src=\"img/a.png\" alt=\"a\"></p>");
        assertThat(stored).contains("href=\"/about\"").contains("src=\"img/a.png\"");
        Element resolved = Jsoup.parseBodyFragment(SafeHtml.forPage(stored, "https://blog.example/posts/x"))
                .body();
        assertThat(resolved.select("a").attr("href")).isEqualTo("https://blog.example/about");
        assertThat(resolved.select("img").attr("src")).isEqualTo("https://blog.example/posts/img/a.png");
        Element orphan = Jsoup.parseBodyFragment(SafeHtml.forPage(stored, null)).body();
        assertThat(orphan.select("a").attr("href")).isEmpty();
        assertThat(orphan.select("img")).isEmpty();
        assertThat(SafeHtml.forPage(stored, "javascript:alert(1)//")).doesNotContain("javascript");
    }

    @Test
    void anAddressForAPageIsAbsoluteHttpOrResolvedAgainstTheOriginal() {
        String base = "https://blog.example.org/2026/post/";
        assertThat(SafeHtml.absoluteUrl("img/a.png", base)).contains("https://blog.example.org/2026/post/img/a.png");
        assertThat(SafeHtml.absoluteUrl("/a.png", base)).contains("https://blog.example.org/a.png");
        assertThat(SafeHtml.absoluteUrl("//cdn.example.org/a.png", base)).contains("https://cdn.example.org/a.png");
        assertThat(SafeHtml.absoluteUrl("HTTP://x.example/a.png", null)).contains("HTTP://x.example/a.png");
        for (String refused :
                new String[] {"img/a.png", "javascript:alert(1)", "data:image/png;base64,AA", "a b", "", null}) {
            assertThat(SafeHtml.absoluteUrl(refused, null))
                    .as(String.valueOf(refused))
                    .isEmpty();
        }
        assertThat(SafeHtml.absoluteUrl("a.png", "javascript:alert(1)//")).isEmpty();
    }
}
