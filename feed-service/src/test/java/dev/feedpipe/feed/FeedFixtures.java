package dev.feedpipe.feed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.Format;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.Segmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Feed entries indexed straight into a scratch articles index, as the index service would write them. */
final class FeedFixtures {

    static final String HOSTILE_ID = "hostile";
    /** The article with everything an article page shows: author, tags, source, paragraphs, placeholders, emoji. */
    static final String RICH_ID = "engine-a";

    static final String RICH_TEXT = """
            搜索引擎如何抓取网页、建立倒排索引并排序结果 [Math]。

            第一步是抓取：爬虫按站点地图和链接发现网页 🚀，再交给解析器。解析器的核心只有几行 [代码]，其余都是对各种页面结构的容错。

            排序用到的打分公式 [公式] 把词频和逆文档频率结合起来；这一部分决定了读者先看到什么 ✨。""";
    private static final Segmenter SEGMENTER = new Segmenter();

    private FeedFixtures() {}

    /** A sample article with code, a table and formulas, as the extractor renders it. */
    static final String RENDERED_ID = "gpu-memory-llm";

    private static final Path RENDERED_SAMPLE = Path.of("..", "samples", "articles", "07-gpu-memory-llm.md");
    /**
     * What a producer writing the index straight (or an extractor with a hole in its allow-list) might
     * store as an article's markup: the page must allow-list it again.
     */
    static final String HOSTILE_HTML = """
            <p>正文 <script>window.__pwned=3</script><img src="https://x.invalid/a.png" onerror="window.__pwned=7"></p>
            <p><a href="javascript:window.__pwned=8">点我</a> <a href=" jav&#x09;ascript:window.__pwned=9">再点</a></p>
            <iframe src="javascript:window.__pwned=4"></iframe><iframe srcdoc="<script>parent.__pwned=10</script>"></iframe>
            <style>body { display: none }</style><div style="position:fixed;inset:0" onmouseover="window.__pwned=11">盖住</div>
            <svg onload="window.__pwned=12"><script>window.__pwned=13</script><a href="javascript:window.__pwned=14"><text>s</text></a></svg>
            <math><mi href="javascript:window.__pwned=15">x</mi><maction actiontype="statusline">y</maction></math>
            <form action="https://x.invalid/"><button formaction="javascript:window.__pwned=16">提交</button></form>
            <object data="javascript:window.__pwned=17"></object><base href="https://x.invalid/">
            <span class="math-inline">\\href{javascript:window.__pwned=18}{x}</span>""";

    static EnrichedArticle article(
            String id, String title, String summary, String category, String day, List<String> tags) {
        return document(id, title, summary, summary, category, day, tags, null, null, 1);
    }

    /** The sample as enrich and index would store it, its markup rendered by the real extractor. */
    static EnrichedArticle rendered() throws IOException {
        FeedEntry entry = new Extractor(ExtractorSettings.defaults())
                .extract(ArticleInput.of(Files.readString(RENDERED_SAMPLE), Format.MARKDOWN));
        return EnrichedArticle.newBuilder()
                .setId(entry.id())
                .setRevision(1)
                .setTitle(entry.title())
                .setSummary(entry.summary())
                .setText(entry.text())
                .setHtml(entry.html())
                .setCategory(entry.category())
                .setCategorySource(CategorySource.CLASSIFIER)
                .setTags(entry.tags())
                .setKeywords(entry.keywords())
                .setLanguage(entry.language())
                .setCodeBlocks(entry.codeBlocks().stream().map(CodeBlock::new).toList())
                .setFormulaCount(entry.formulaCount())
                .setInlineMathCount(entry.inlineMathCount())
                .setImageCount(entry.imageCount())
                .setLinkCount(entry.linkCount())
                .setWordCount(entry.wordCount())
                .setReadingMinutes(entry.readingMinutes())
                .setAuthor(entry.author())
                .setPublishedAt(Instant.parse("2026-01-20T08:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-20T08:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-01-20T08:00:01Z"))
                .setExtractorVersion(Extractor.VERSION)
                .build();
    }

    /** A document as the index service writes it: segmented terms, counts, dates at 08:00 UTC of {@code day}. */
    private static EnrichedArticle document(
            String id,
            String title,
            String summary,
            String text,
            String category,
            String day,
            List<String> tags,
            String author,
            String sourceUrl,
            int readingMinutes) {
        return document(id, title, summary, text, "", category, day, tags, author, sourceUrl, readingMinutes);
    }

    private static EnrichedArticle document(
            String id,
            String title,
            String summary,
            String text,
            String html,
            String category,
            String day,
            List<String> tags,
            String author,
            String sourceUrl,
            int readingMinutes) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setRevision(1)
                .setTitle(title)
                .setSummary(summary)
                .setText(text)
                .setHtml(html)
                .setCategory(category)
                .setCategorySource(CategorySource.AUTHOR)
                .setTags(tags)
                .setLanguage("zh")
                .setReadingMinutes(readingMinutes)
                .setAuthor(author)
                .setSourceUrl(sourceUrl)
                .setPublishedAt(Instant.parse(day + "T08:00:00Z"))
                .setIngestedAt(Instant.parse(day + "T08:00:00Z"))
                .setEnrichedAt(Instant.parse(day + "T08:00:01Z"))
                .setExtractorVersion("1.0.0")
                .build();
    }

    /** 24 ordinary entries over January 2026, two about search engines, and one hostile one. */
    static List<EnrichedArticle> standard() {
        String[] categories = {"Python", "Deep Learning", "LLM", "Infrastructure"};
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            String day = String.format("2026-01-%02d", i);
            articles.add(article(
                    String.format("n%02d", i),
                    "第 " + i + " 篇：模型训练笔记",
                    "正文 " + i + "：训练技巧 [代码] 与 [公式]。",
                    categories[i % categories.length],
                    day,
                    List.of(i % 2 == 0 ? "even" : "odd")));
        }
        articles.add(document(
                RICH_ID,
                "搜索引擎的工作原理",
                "搜索引擎如何抓取网页、建立倒排索引并排序结果 [Math]。",
                RICH_TEXT,
                "Infrastructure",
                "2026-01-25",
                List.of("search"),
                "韩梅梅",
                "https://blog.example.org/2026/search-engines",
                2));
        articles.add(article(
                "engine-b", "让网站在搜索引擎中排名靠前", "内容质量与外链对搜索引擎排名的影响。", "Infrastructure", "2026-01-26", List.of("search")));
        articles.add(document(
                HOSTILE_ID,
                "<script>window.__pwned=1</script>标题",
                "<img src=x onerror=\"window.__pwned=2\"> 恶意摘要 <b>粗体</b>",
                "正文 <script>window.__pwned=3</script>\n\n<iframe src=\"javascript:window.__pwned=4\"></iframe> 完",
                HOSTILE_HTML,
                "Python",
                "2026-01-27",
                List.of("hostile"),
                "<b onmouseover=\"window.__pwned=5\">作者</b>",
                "javascript:window.__pwned=6",
                1));
        return articles;
    }

    static void index(ElasticsearchClient client, ArticleIndex index, List<EnrichedArticle> articles)
            throws IOException {
        index.ensure(client);
        for (EnrichedArticle article : articles) {
            indexed(client, index, article, Refresh.False);
        }
        client.indices().refresh(r -> r.index(index.readAlias()));
    }

    static void indexNow(ElasticsearchClient client, ArticleIndex index, EnrichedArticle article) throws IOException {
        indexed(client, index, article, Refresh.True);
    }

    private static void indexed(
            ElasticsearchClient client, ArticleIndex index, EnrichedArticle article, Refresh refresh)
            throws IOException {
        client.index(i -> i.index(index.writeAlias())
                .id(article.getId())
                .refresh(refresh)
                .document(ArticleDocument.of(article, SEGMENTER).source()));
    }
}
