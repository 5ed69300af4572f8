package dev.feedpipe.extract.internal.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Where the article is on a generated page, in the manner of Mozilla's Readability: chrome (menus,
 * sidebars, tables of contents, bylines, share bars, comment widgets, footers) is recognised by tag,
 * role, class/id and link density; the article body is the first semantic container with enough
 * text ({@code itemprop=articleBody}, a post-content class, {@code article}, {@code main}), else the
 * element that scores best for the prose paragraphs under it. Written on jsoup rather than taking
 * Readability4J, because that drops {@code <script type="math/tex">} (our formulas), rebuilds the tree
 * several times per page, and would not share one chrome rule between choosing and reading.
 * Every measure is computed in one pass over the tree, so hostile nesting stays linear.
 */
final class PageLayout {

    /** Enough text for a container to be the article, and for a result not to fall back to the whole page. */
    private static final int MIN_ARTICLE_CHARS = 140;

    private static final int MIN_PARAGRAPH_CHARS = 25;

    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "header", "menu");
    /** Containers whose class or id can mark them as chrome (not {@code <code class="language-x">}). */
    private static final Set<String> CLASSED_CHROME_TAGS = Set.of(
            "div", "section", "ul", "ol", "li", "p", "span", "details", "table", "dl", "small", "time", "figure",
            "iframe", "a");

    private static final Set<String> CHROME_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar");
    /**
     * Class and id words that mark chrome whatever the element holds: sidebars, comments, banners, ads,
     * permalink anchors. Judged on containers and on inline elements alike.
     */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)(^|[\\s_-])(menu|sidebar|toc|"
            + "table-of-contents|breadcrumbs?|comments?|disqus|giscus|utterances|footer|masthead|"
            + "banner|related|recommend(ed|ations)?|pagination|pager|copyright|advert|ads?|ad-slot|promo|subscribe|"
            + "subscription|newsletter|popup|modal|skip-link|skip|jump-link|switcher|reward|donate|license|"
            + "prev-next|post-nav|headerlink|hash-link|anchor|editsection|edit-link|back-to-top|top-link|cookies?|"
            + "consent|gdpr|cta|chat|messenger|noprint|sitenotice|infobox|reflist|references|catlinks|navbox|"
            + "suggested|recommendations)($|[\\s_-])");
    /**
     * Words that mark chrome only on an element holding little prose: a wrapper of the whole page or of the
     * article is often named after a drawer, a share bar or meta fields ({@code i-nav_drawer_slide},
     * {@code share-btns-container}, {@code hs_cos_wrapper_meta_field}). Never judged on inline elements.
     */
    private static final Pattern WEAK_UNLIKELY = Pattern.compile("(?i)(^|[\\s_-])(nav|navbar|side|share|sharing|"
            + "social|byline|post-meta|entry-meta|article-meta|meta|post-info|author-info|author|search|lang|language|"
            + "tags?|button|edit|keywords|widget|time|date|dateline|topics?|topiclist|labels?)($|[\\s_-])");
    /** Prose past this many characters (not link text) keeps a weakly named element. */
    private static final int WEAK_NAME_MAX_PROSE = 300;

    private static final Set<String> INLINE_TAGS = Set.of("span", "a", "small", "time");
    private static final Pattern SKIP_LINK_TEXT = Pattern.compile("(?i)^\\s*(skip|jump) to\\b.*");
    /** Before the article's first prose, a block this short and without a sentence's end is a byline or label. */
    private static final int LEADING_LABEL_MAX_CHARS = 100;
    /** Where the article's own structure starts, labels end. */
    private static final Set<String> STRUCTURE_TAGS = Set.of("ul", "ol", "table", "pre", "blockquote");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…]\\s*[\"'”’」)）]?\\s*$");
    private static final Pattern LIKELY = Pattern.compile("(?i)(article|post-content|post-body|entry-content|"
            + "markdown-body|md-content|article-content|article-body|content-body|post-text|prose|rst-content|"
            + "document|main-content|blog-post)");
    private static final List<String> ARTICLE_SELECTORS = List.of(
            "[itemprop~=(^|\\s)articleBody(\\s|$)]",
            ".markdown-body, .post-content, .entry-content, .article-content, .article-body, .post-body, .md-content,"
                    + " .content-body, .post-text, .rst-content [role=main], .prose, .available-content",
            "article",
            "main, [role=main], #content, #main");
    private static final Pattern TOC_NAMES = Pattern.compile("(?i)(^|[\\s_-])(toc|table-of-contents)($|[\\s_-])");
    private static final Pattern TOC_SUMMARY =
            Pattern.compile("(?i)^\\s*(目录|文章目录|本页目录|table of contents|contents|on this page|toc)\\s*$");
    private static final Pattern BYLINE_LABEL =
            Pattern.compile("(?i)(date|published|posted|updated|author|reading time|"
                    + "min read|words|发表于|发布于|更新于|作者|阅读时间|阅读时长|字数|分类于|阅读量|阅读次数|浏览)\\s*[:：]?");

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    /** Class and id strings repeat (KaTeX emits the same spans hundreds of times): each is judged once. */
    private final Map<String, Boolean> unlikelyNames = new HashMap<>();

    private final Map<Element, Boolean> chrome = new IdentityHashMap<>();
    /** Elements that are chrome or lie inside chrome. */
    private final Map<Element, Boolean> inChrome = new IdentityHashMap<>();

    private final Element root;
    private final boolean page;

    private PageLayout(Document document) {
        Element body = document.body();
        measure(body);
        markInsideChrome(body);
        Element article = looksLikeAPage(body) ? findArticle(body) : null;
        // a page whose every word is chrome is read whole rather than as nothing
        this.page = article != null && counts.get(article).readable() > 0;
        this.root = page ? article : body;
        if (page) {
            markLeadingLabels(root);
        }
    }

    static PageLayout of(Document document) {
        return new PageLayout(document);
    }

    /** The element to read: the article body of a page, the whole body of a fragment or of a page without one. */
    Element root() {
        return root;
    }

    /** Whether the input is a whole page (chrome or an article container) rather than a fragment of prose. */
    boolean isPage() {
        return page;
    }

    /** Whether reading skips this element: chrome inside the article of a page; nothing in a fragment. */
    boolean skips(Element element) {
        return page && element != root && chrome.getOrDefault(element, false);
    }

    /** Navigation in a fragment (raw HTML in Markdown): {@code <nav>}, a navigation role, a table of contents. */
    static boolean isNavigation(Element element) {
        if (element.normalName().equals("nav") || element.attr("role").equalsIgnoreCase("navigation")) {
            return true;
        }
        if (element.normalName().equals("details")) {
            Element summary = element.selectFirst("> summary");
            return summary != null && TOC_SUMMARY.matcher(summary.text()).matches();
        }
        String names = element.className() + " " + element.id();
        return !names.isBlank() && TOC_NAMES.matcher(names).find();
    }

    /** The heading that names the article: in it, else in the {@code article} around it (often in its header). */
    Element titleHeading() {
        Element heading = root.selectFirst("h1");
        if (heading == null && page) {
            Element article = root.closest("article");
            heading = article == null ? null : article.selectFirst("h1");
        }
        return heading;
    }

    /** Text of the page's chrome (header, navigation, footer): where a site's name repeats. */
    String chromeText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Element element : document.body().select("header, nav, footer, [role=banner], [role=contentinfo]")) {
            text.append(element.text()).append('\n');
        }
        return text.toString();
    }

    /** @param readable text outside chrome */
    private record Counts(long text, long linkText, int links, long commas, int elements, long readable) {}

    /** Text and link counts of every element, bottom-up, and which elements are chrome, top-down: one pass. */
    private void measure(Element body) {
        Deque<long[]> open = new ArrayDeque<>();
        Deque<Boolean> inLink = new ArrayDeque<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element element) {
                            open.push(new long[6]);
                            boolean link = element.normalName().equals("a") || (!inLink.isEmpty() && inLink.peek());
                            inLink.push(link);
                        } else if (node instanceof TextNode text && !open.isEmpty()) {
                            String content = text.text();
                            long length = content.strip().length();
                            long[] current = open.peek();
                            current[0] += length;
                            current[5] += length;
                            if (inLink.peek()) {
                                current[1] += length;
                            }
                            current[3] += content.chars()
                                    .filter(ch -> ch == ',' || ch == '，' || ch == '、' || ch == '。')
                                    .count();
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element) {
                            long[] own = open.pop();
                            inLink.pop();
                            if (element.normalName().equals("a")) {
                                own[2]++;
                            }
                            own[4]++;
                            boolean isChrome = isChrome(element, own, unlikelyNames);
                            counts.put(
                                    element,
                                    new Counts(
                                            own[0],
                                            own[1],
                                            (int) own[2],
                                            own[3],
                                            (int) Math.min(own[4], 1 << 30),
                                            own[5]));
                            chrome.put(element, isChrome);
                            if (!open.isEmpty()) {
                                long[] parent = open.peek();
                                for (int i = 0; i < own.length; i++) {
                                    parent[i] += i == 5 && isChrome ? 0 : own[i];
                                }
                            }
                        }
                    }
                },
                body);
    }

    private static boolean isChrome(Element element, long[] own, Map<String, Boolean> unlikelyNames) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        if (CHROME_TAGS.contains(tag)
                || CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || isHidden(element)) {
            return true;
        }
        if (CLASSED_CHROME_TAGS.contains(tag) && (element.hasAttr("class") || element.hasAttr("id"))) {
            String names = element.className() + " " + element.id();
            // a container named like the article is kept even when its name also sounds like chrome
            boolean container = tag.equals("div") || tag.equals("section");
            boolean inline = INLINE_TAGS.contains(tag);
            long prose = own[0] - own[1];
            if (unlikelyNames.computeIfAbsent(
                    (container ? "c " : "o ") + names,
                    key -> UNLIKELY.matcher(names).find()
                            && !(container && LIKELY.matcher(names).find()))) {
                return true;
            }
            if (!inline
                    && prose < WEAK_NAME_MAX_PROSE
                    && unlikelyNames.computeIfAbsent(
                            "w " + names, key -> WEAK_UNLIKELY.matcher(names).find())) {
                return true;
            }
        }
        if (tag.equals("a")
                && element.attr("href").startsWith("#")
                && own[0] < 60
                && SKIP_LINK_TEXT.matcher(element.text()).matches()) {
            return true;
        }
        if (tag.equals("details")) {
            Element summary = element.selectFirst("> summary");
            if (summary != null && TOC_SUMMARY.matcher(summary.text()).matches()) {
                return true;
            }
        }
        boolean listLike =
                tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("p") || tag.equals("section");
        // menus, tables of contents, tag clouds: blocks that are mostly links
        if (listLike && own[2] >= 3 && own[0] > 0 && own[1] >= 0.75 * own[0]) {
            return true;
        }
        // a byline such as "Date: 2024-01-02 | Reading time: 5 min | Author: ..." (small: reading it costs O(1))
        if (own[0] > 0
                && own[0] < 200
                && own[4] < 30
                && (tag.equals("p")
                        || tag.equals("div")
                        || tag.equals("span")
                        || tag.equals("small")
                        || tag.equals("time"))) {
            String text = element.text();
            return (text.indexOf(':') >= 0
                            || text.indexOf('：') >= 0
                            || text.indexOf('|') >= 0
                            || text.indexOf('·') >= 0)
                    && BYLINE_LABEL.matcher(text).results().limit(2).count() >= 2;
        }
        return false;
    }

    /** Not shown: the {@code hidden} attribute, {@code aria-hidden}, or an inline style that hides it. */
    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * Short blocks between the top of the article and its first prose paragraph that do not end a
     * sentence: bylines, datelines, labels ("Member-only story"), a column's name, the page's own URL.
     */
    private void markLeadingLabels(Element article) {
        NodeTraversor.filter(
                new NodeFilter() {
                    private boolean proseSeen;

                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (proseSeen) {
                            return FilterResult.STOP;
                        }
                        if (!(node instanceof Element element) || element == article) {
                            return FilterResult.CONTINUE;
                        }
                        if (chrome.getOrDefault(element, false)
                                || element.normalName().equals("h1")) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        Counts c = counts.get(element);
                        long text = c == null ? 0 : c.text();
                        if (text == 0) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        // the article has begun: a section heading, math, a list or table, a sentence, a long paragraph
                        if (isHeading(element)
                                || MathKind.of(element) != MathKind.NONE
                                || STRUCTURE_TAGS.contains(element.normalName())
                                || (isParagraph(element)
                                        && (text >= LEADING_LABEL_MAX_CHARS
                                                || SENTENCE_END
                                                        .matcher(element.text())
                                                        .find()))
                                || element.ownText().length() >= LEADING_LABEL_MAX_CHARS) {
                            proseSeen = true;
                            return FilterResult.STOP;
                        }
                        if (text < LEADING_LABEL_MAX_CHARS && element.selectFirst("h1, h2, h3, h4, h5, h6") == null) {
                            String own = element.text();
                            if (!SENTENCE_END.matcher(own).find()) {
                                chrome.put(element, true);
                            }
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        return proseSeen ? FilterResult.STOP : FilterResult.CONTINUE;
                    }
                },
                article);
    }

    private static boolean isHeading(Element element) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private void markInsideChrome(Element body) {
        Deque<Boolean> above = new ArrayDeque<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element element) {
                            boolean inside = (!above.isEmpty() && above.peek()) || chrome.getOrDefault(element, false);
                            above.push(inside);
                            inChrome.put(element, inside);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element) {
                            above.pop();
                        }
                    }
                },
                body);
    }

    /** A page has chrome or a container of its own; a fragment of prose has neither and is read whole. */
    private boolean looksLikeAPage(Element body) {
        for (Element element : body.getAllElements()) {
            if (element != body
                    && (chrome.getOrDefault(element, false)
                            || element.normalName().equals("article")
                            || element.normalName().equals("main"))) {
                return true;
            }
        }
        return false;
    }

    private Element findArticle(Element body) {
        for (String selector : ARTICLE_SELECTORS) {
            Element best = null;
            for (Element candidate : body.select(selector)) {
                if (inChrome.getOrDefault(candidate, false)) {
                    continue;
                }
                if (best == null || readable(candidate) > readable(best)) {
                    best = candidate;
                }
            }
            if (best != null && readable(best) >= MIN_ARTICLE_CHARS) {
                return best;
            }
        }
        Element scored = bestScored(body);
        return scored != null && readable(scored) >= MIN_ARTICLE_CHARS ? scored : body;
    }

    /** Text that is not link text: what a reader reads there. */
    private long readable(Element element) {
        Counts c = counts.get(element);
        return c == null ? 0 : c.text() - c.linkText();
    }

    /**
     * Readability's scoring: each prose paragraph outside the chrome gives its parent a score (more for
     * length and commas), half of it to the grandparent and a third to the one above; the best score,
     * discounted by link density, wins.
     */
    private Element bestScored(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!inChrome.getOrDefault(element, false) && isParagraph(element)) {
                score(element, scores);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Counts c = counts.get(entry.getKey());
            double density = c == null || c.text() == 0 ? 0 : (double) c.linkText() / c.text();
            double score = entry.getValue() * (1 - density);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (!(tag.equals("p") || tag.equals("pre") || tag.equals("td"))) {
            return false;
        }
        Counts c = counts.get(element);
        return c != null && c.text() >= MIN_PARAGRAPH_CHARS;
    }

    private void score(Element paragraph, Map<Element, Double> scores) {
        Counts c = counts.get(paragraph);
        double score = 1 + c.commas() + Math.min(3, c.text() / 100);
        Element ancestor = paragraph.parent();
        for (int level = 1; level <= 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
            double share = score / level;
            Element scored = ancestor;
            scores.compute(scored, (key, old) -> (old == null ? initialWeight(scored) : old) + share);
        }
    }

    private static double initialWeight(Element element) {
        String names = element.className() + " " + element.id();
        double weight = 0;
        if (LIKELY.matcher(names).find()) {
            weight += 25;
        }
        if (UNLIKELY.matcher(names).find()) {
            weight -= 25;
        }
        return weight;
    }
}
