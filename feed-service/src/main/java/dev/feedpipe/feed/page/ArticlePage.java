package dev.feedpipe.feed.page;

import dev.feedpipe.feed.query.Articles;
import dev.feedpipe.feed.query.FeedSearch;
import dev.feedpipe.schema.EnrichedArticle;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The page of one article, server-rendered so that a shared link opens it directly and link previews
 * find its title and summary. Built as a DOM (jsoup): article text only ever becomes text nodes and
 * attribute values, never markup.
 */
public final class ArticlePage {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final List<String> placeholders;
    private final PageAssets assets;

    /**
     * @param placeholders the code, formula and inline-math placeholders of records written before enrich
     *     carried its own
     */
    public ArticlePage(List<String> placeholders, PageAssets assets) {
        this.placeholders = List.copyOf(placeholders);
        this.assets = assets;
    }

    public String render(EnrichedArticle article, List<FeedSearch.Related> related, SiteLinks links) {
        String canonical = links.article(article.getId());
        Document page = shell(article.getTitle() + " · " + SiteLinks.SITE_NAME, links);
        Element head = page.head();
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        head.appendElement("meta").attr("name", "description").attr("content", article.getSummary());
        property(head, "og:type", "article");
        property(head, "og:site_name", SiteLinks.SITE_NAME);
        property(head, "og:title", article.getTitle());
        property(head, "og:description", article.getSummary());
        property(head, "og:url", canonical);
        if (article.getPublishedAt() != null) {
            property(head, "article:published_time", article.getPublishedAt().toString());
        }
        Optional<String> image = Articles.image(article);
        image.ifPresent(address -> property(head, "og:image", address));
        named(head, "twitter:card", image.isPresent() ? "summary_large_image" : "summary");
        named(head, "twitter:title", article.getTitle());
        named(head, "twitter:description", article.getSummary());
        image.ifPresent(address -> named(head, "twitter:image", address));

        Element main = page.body().appendElement("main").addClass("feed").addClass("article");
        main.appendElement("nav")
                .addClass("back")
                .appendElement("a")
                .attr("href", links.home())
                .text("← LATEST UPDATES");
        Element header = main.appendElement("header");
        Element meta = header.appendElement("div").addClass("meta");
        meta.appendElement("span").addClass("category").text(article.getCategory());
        if (article.getPublishedAt() != null) {
            meta.appendElement("time")
                    .addClass("date")
                    .attr("datetime", article.getPublishedAt().toString())
                    .text(article.getPublishedAt()
                            .atZone(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString());
        }
        meta.appendElement("span").addClass("reading").text(article.getReadingMinutes() + " min");
        if (article.getAuthor() != null && !article.getAuthor().isBlank()) {
            meta.appendElement("span").addClass("author").text(article.getAuthor());
        }
        header.appendElement("h1").addClass("title").text(article.getTitle());
        if (!article.getTags().isEmpty()) {
            Element tags = header.appendElement("ul").addClass("tags");
            article.getTags()
                    .forEach(tag -> tags.appendElement("li").addClass("tag").text(tag));
        }
        Element text = main.appendElement("section").addClass("text");
        String html = Articles.pageHtml(article);
        if (html.isBlank()) { // written by an extractor that rendered nothing: its text, with placeholders
            PlaceholderText parts =
                    new PlaceholderText(Articles.placeholders(article).orElse(placeholders));
            for (String paragraph : PARAGRAPH_BREAK.split(article.getText().strip())) {
                if (!paragraph.isBlank()) {
                    withPlaceholders(text.appendElement("p"), parts.split(paragraph.strip()));
                }
            }
        } else {
            text.addClass("rendered").append(html); // allow-listed markup, see SafeHtml
            Element first = text.firstElementChild();
            if (first != null && first.nameIs("h1") && article.getTitle().startsWith(first.text())) {
                first.remove(); // the article's own title heading, already the page's
            }
            typesetAndHighlight(head, text);
        }
        SiteLinks.externalLink(article.getSourceUrl())
                .ifPresent(url -> main.appendElement("p")
                        .addClass("source")
                        .appendElement("a")
                        .attr("href", url)
                        .attr("rel", "noopener nofollow ugc")
                        .text("原文 · Original"));
        if (!related.isEmpty()) {
            Element section = main.appendElement("section").addClass("related");
            section.appendElement("h2").text("相关文章 · Related");
            Element list = section.appendElement("ul");
            for (FeedSearch.Related other : related) {
                Element item = list.appendElement("li");
                item.appendElement("a").attr("href", links.article(other.id())).text(other.title());
                item.appendElement("span").addClass("category").text(other.category());
                if (other.date() != null) {
                    item.appendElement("time")
                            .addClass("date")
                            .attr("datetime", other.date())
                            .text(other.date());
                }
            }
        }
        return page.outerHtml();
    }

    /** KaTeX and highlight.js, and the page's script that runs them, where the article has math or code. */
    private void typesetAndHighlight(Element head, Element text) {
        boolean math = text.selectFirst(".math-inline, .math-display") != null;
        boolean code = text.selectFirst("pre > code[class^=language-]") != null;
        if (math) {
            head.appendElement("script").attr("src", assets.katex()).attr("defer", true);
        }
        if (code) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", assets.highlightTheme());
            head.appendElement("script").attr("src", assets.highlighter()).attr("defer", true);
        }
        if (math || code) {
            head.appendElement("script").attr("src", PageAssets.ARTICLE_SCRIPT).attr("defer", true);
        }
    }

    /** The page for an id the index does not hold. */
    public String notFound(String id, SiteLinks links) {
        Document page = shell("Not found · " + SiteLinks.SITE_NAME, links);
        page.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        Element main = page.body().appendElement("main").addClass("feed").addClass("article");
        main.appendElement("nav")
                .addClass("back")
                .appendElement("a")
                .attr("href", links.home())
                .text("← LATEST UPDATES");
        main.appendElement("h1").addClass("title").text("没有这篇文章 · No such article");
        main.appendElement("p").addClass("status").text("Nothing is published under the id “" + id + "”.");
        return page.outerHtml();
    }

    private static Document shell(String title, SiteLinks links) {
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", "")); // standards mode: KaTeX refuses quirks mode
        page.outputSettings().charset("UTF-8").prettyPrint(false);
        page.child(0).attr("lang", "zh");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/app.css");
        head.appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("title", SiteLinks.SITE_NAME + " (Atom)")
                .attr("href", links.feed(SiteLinks.ATOM_PATH));
        head.appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/feed+json")
                .attr("title", SiteLinks.SITE_NAME + " (JSON Feed)")
                .attr("href", links.feed(SiteLinks.JSON_FEED_PATH));
        return page;
    }

    private static void withPlaceholders(Element paragraph, List<PlaceholderText.Part> parts) {
        for (PlaceholderText.Part part : parts) {
            if (part.kind() == null) {
                paragraph.appendText(part.text());
            } else {
                paragraph
                        .appendElement("span")
                        .addClass("placeholder")
                        .addClass(part.kind())
                        .text(part.text());
            }
        }
    }

    private static void property(Element head, String property, String content) {
        head.appendElement("meta").attr("property", property).attr("content", content);
    }

    private static void named(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }
}
