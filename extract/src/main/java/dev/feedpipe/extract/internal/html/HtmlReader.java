package dev.feedpipe.extract.internal.html;

import dev.feedpipe.extract.Metadata;
import dev.feedpipe.extract.internal.math.TextMath;
import dev.feedpipe.extract.internal.text.BareUrls;
import dev.feedpipe.extract.internal.text.ContentCollector;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads untrusted HTML into a {@link ContentCollector}: only text leaves it, never markup. Code in
 * {@code <pre>} (and multi-line {@code <code>}) becomes a code placeholder; MathJax, KaTeX, MathML and
 * {@code <script type="math/tex">} become formula or inline-math placeholders; TeX delimiters left in
 * the text are found as in Markdown. jsoup's traversal is iterative, so nesting depth is harmless.
 */
public final class HtmlReader {

    private static final Set<String> DROPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "canvas",
            "head",
            "button",
            "select",
            "textarea",
            "input",
            "form");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "nav",
            "blockquote",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "figure",
            "figcaption",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "details",
            "summary",
            "address");
    private static final Set<String> CODE_TABS =
            Set.of("tabbed-set", "tabs-container", "code-group", "code-tabs", "codetabs", "highlight-tabs");

    private static final Set<String> META_KEYS = Set.of("id", "category", "author", "date", "tags", "keywords");

    /** A parsed page and where its article is. */
    public static final class Page {
        private final Document document;
        private final PageLayout layout;
        private final String title;
        private final Map<Element, List<String>> prose = new IdentityHashMap<>();

        private Page(Document document) {
            this.document = document;
            this.layout = PageLayout.of(document);
            this.title = PageTitle.of(document, layout);
        }

        /** A {@code <pre>}'s prose paragraphs, judged once however many walks meet it (text and markup). */
        private List<String> prose(Element pre) {
            return prose.computeIfAbsent(pre, PreformattedProse::paragraphs);
        }
    }

    /**
     * What the page says about itself: its title ({@link PageTitle}) and {@code <meta name=...>} for id,
     * category, author, date and tags (or keywords, comma-separated).
     */
    public Metadata metadata(Page page) {
        Document document = page.document;
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!page.title.isEmpty()) {
            values.put("title", List.of(page.title));
        }
        for (Element meta : document.select("meta[name][content]")) {
            String name = meta.attr("name").strip().toLowerCase(Locale.ROOT);
            if (META_KEYS.contains(name) && !values.containsKey(name)) {
                String content = meta.attr("content").strip();
                boolean list = name.equals("tags") || name.equals("keywords");
                values.put(
                        list ? "tags" : name,
                        list
                                ? Arrays.stream(content.split(","))
                                        .map(String::strip)
                                        .filter(t -> !t.isEmpty())
                                        .toList()
                                : List.of(content));
            }
        }
        Element image = document.selectFirst("meta[property=og:image][content], meta[name=twitter:image][content]");
        if (image != null && !image.attr("content").isBlank()) {
            values.put("image", List.of(image.attr("content").strip()));
        }
        return new Metadata(values);
    }

    public Page parse(String html) {
        return new Page(Jsoup.parse(html));
    }

    /**
     * Reads the article of a page: its main content without the chrome around and inside it, and
     * without its title heading (the entry has the title; the summary starts with the prose).
     */
    public void read(Page page, ContentCollector collector) {
        NodeTraversor.filter(
                new Walker(collector, page.layout::skips, page::prose, page.layout.isPage() ? page.title : ""),
                page.layout.root());
    }

    /** The article of a page as markup, chrome and title left out, code and math in the renderer's form. */
    public String markup(Page page) {
        ArticleMarkup markup =
                new ArticleMarkup(page.layout::skips, page::prose, page.layout.isPage() ? page.title : "");
        NodeTraversor.filter(markup, page.layout.root());
        return markup.html();
    }

    /** Reads an HTML block embedded in Markdown: navigation and tables of contents in it are not content. */
    public void readFragment(String html, ContentCollector collector) {
        NodeTraversor.filter(
                new Walker(collector, PageLayout::isNavigation, PreformattedProse::paragraphs, ""),
                Jsoup.parseBodyFragment(html).body());
    }

    private static final class Walker implements NodeFilter {
        private final ContentCollector collector;
        private final Predicate<Element> skipped;
        private final Function<Element, List<String>> prose;
        private final TitleHeading titleHeading;
        /** The next number of each ordered list, so numbering costs O(1) per item however long the list. */
        private final Map<Element, Long> nextNumbers = new IdentityHashMap<>();

        private int linkDepth;
        /** Inside inline code nothing is a code block: nested {@code <code>} is not measured again (O(n) in all). */
        private int inlineCodeDepth;

        Walker(
                ContentCollector collector,
                Predicate<Element> skipped,
                Function<Element, List<String>> prose,
                String title) {
            this.prose = prose;
            this.collector = collector;
            this.skipped = skipped;
            this.titleHeading = new TitleHeading(title);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                titleHeading.text(text);
                if (linkDepth == 0) {
                    BareUrls.count(text.getWholeText(), collector);
                }
                TextMath.collect(text.getWholeText(), collector);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (skipped.test(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (titleHeading.isTitle(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            MathKind math = MathKind.of(element);
            if (math != MathKind.NONE) {
                if (math == MathKind.DISPLAY) {
                    collector.formula();
                } else {
                    collector.inlineMath();
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isCodeTabs(element)) {
                // the same snippet in several languages, one tab each: one code block
                Element first = element.selectFirst("pre");
                collector.codeBlock(first == null ? null : codeLanguage(first));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("pre")) {
                List<String> paragraphs = prose.apply(element);
                for (String paragraph : paragraphs) {
                    collector.blockBreak();
                    TextMath.collect(paragraph, collector);
                    collector.blockBreak();
                }
                if (!paragraphs.isEmpty()) {
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            if (tag.equals("pre") || (tag.equals("code") && inlineCodeDepth == 0 && isCodeBlock(element))) {
                collector.codeBlock(codeLanguage(element));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("code")) {
                inlineCodeDepth++;
            }
            if (isDropped(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "img" -> collector.image(element.hasAttr("src") ? element.attr("src") : element.attr("data-src"));
                case "a" -> {
                    linkDepth++;
                    if (element.hasAttr("href")) {
                        collector.link();
                    }
                }
                case "br" -> collector.text("\n");
                case "td", "th" -> collector.space();
                case "li" -> {
                    collector.blockBreak();
                    listNumber(element);
                }
                default -> {
                    if (TitleHeading.HEADINGS.contains(tag)) {
                        collector.beginHeading();
                    } else if (BLOCKS.contains(tag)) {
                        collector.blockBreak();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (TitleHeading.HEADINGS.contains(tag)) {
                    collector.endHeading();
                } else if (BLOCKS.contains(tag)) {
                    collector.blockBreak();
                } else if (tag.equals("td") || tag.equals("th")) {
                    collector.space();
                } else if (tag.equals("a")) {
                    linkDepth--;
                } else if (tag.equals("code")) {
                    inlineCodeDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void listNumber(Element item) {
            Element parent = item.parent();
            if (parent == null || !parent.normalName().equals("ol")) {
                return;
            }
            long number = nextNumbers.merge(parent, parseStart(parent.attr("start")), (next, start) -> next + 1);
            collector.text(number + ". ");
        }
    }

    private static long parseStart(String start) {
        try {
            return start.isBlank() ? 1 : Long.parseLong(start.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Not article content: what runs, embeds or asks for input, and MathJax 2's preview of its own source. */
    static boolean isDropped(Element element) {
        // MathJax 2 keeps the TeX source beside its rendering: the rendering counts, the source goes.
        return DROPPED.contains(element.normalName()) || element.hasClass("MathJax_Preview");
    }

    /** Code tabs of MkDocs Material, Docusaurus, VuePress and the like, holding at least one code block. */
    static boolean isCodeTabs(Element element) {
        for (String cls : element.classNames()) {
            if (CODE_TABS.contains(cls)) {
                return element.selectFirst("pre") != null;
            }
        }
        return false;
    }

    /** A {@code <code>} outside {@code <pre>} is a block when it spans lines and stands outside a paragraph. */
    static boolean isCodeBlock(Element code) {
        Element parent = code.parent();
        return parent != null
                && !parent.normalName().equals("p")
                && !parent.normalName().equals("span")
                && !parent.normalName().equals("li")
                && code.wholeText().indexOf('\n') >= 0;
    }

    static String codeLanguage(Element block) {
        String language = languageOf(block);
        if (language == null) {
            Element code = block.selectFirst("code");
            language = code == null ? null : languageOf(code);
        }
        return language;
    }

    private static String languageOf(Element element) {
        String data = element.attr("data-lang");
        if (!data.isBlank()) {
            return data.strip().toLowerCase(Locale.ROOT);
        }
        for (String cls : element.classNames()) {
            for (String prefix : new String[] {"language-", "lang-", "highlight-source-"}) {
                if (cls.startsWith(prefix) && cls.length() > prefix.length()) {
                    return cls.substring(prefix.length()).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
