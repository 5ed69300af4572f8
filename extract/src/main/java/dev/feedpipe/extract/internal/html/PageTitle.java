package dev.feedpipe.extract.internal.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's own title on a page. A heading that the page's declared title ({@code og:title} or
 * {@code <title>}) confirms — the declared title is the heading, or the heading and the site's name around
 * a separator ({@code Title | Site}, {@code Site: Title}, {@code Title_Blog-Site}) — wins; else
 * {@code og:title}, else the article's first heading, else {@code <title>} without the site's name
 * ({@code Title | Site}, {@code Title - Site}, {@code Title_Site}, {@code Title · Site}, {@code Title — Site},
 * either way round), where the site's name is {@code og:site_name} or the part that repeats in the page's
 * header, navigation or footer. A heading's permalink anchors ({@code ¶}, {@code #}, {@code [edit]}) are not
 * its text. Normalised like all text (NFKC, so {@code &nbsp;} is a space; runs of spaces are one).
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]{1,2}\\s+|\\s*_\\s*|\\s*[|·]\\s*");

    private PageTitle() {}

    /** Inside a heading, links to the heading itself and edit links: not the heading's words. */
    private static final String ANCHORS = "a.headerlink, a.hash-link, a.anchor, a.anchor-link, a[aria-hidden=true], "
            + ".mw-editsection, a.permalink, a[href^=#][class*=anchor]";

    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s¶#§\u200b🔗]+$");
    private static final String SEPARATOR_CHARS = "|-–—·:»_/";

    static String of(Document document, PageLayout layout) {
        String og = meta(document, "og:title");
        String declared = normalize(document.title());
        String confirmed = "";
        boolean confirmedInArticle = false;
        for (Element candidate : document.body().select("h1, h2[class*=title], h3[class*=title]")) {
            String text = headingText(candidate);
            if (text.length() >= 2 && (confirms(og, text) || confirms(declared, text))) {
                // the article's own heading before the site's; of two elsewhere, the longer (a site's name is short)
                boolean inArticle = layout.isPage() && isInside(candidate, layout.root());
                if ((inArticle && !confirmedInArticle)
                        || (inArticle == confirmedInArticle && text.length() > confirmed.length())) {
                    confirmed = text;
                    confirmedInArticle = inArticle;
                }
            }
        }
        if (!confirmed.isEmpty()) {
            return confirmed;
        }
        if (!og.isEmpty()) {
            return withoutSiteName(og, meta(document, "og:site_name"), layout.chromeText(document));
        }
        Element heading = layout.titleHeading();
        String own = heading == null ? "" : headingText(heading);
        if (layout.isPage() && !own.isEmpty()) {
            return own; // the chrome is only read when the page's own heading is missing
        }
        // a fragment with a <title>: the author's own, else its heading
        String withoutSite = withoutSiteName(declared, meta(document, "og:site_name"), layout.chromeText(document));
        return withoutSite.isEmpty() ? own : withoutSite;
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The heading's own words: its text without permalink and edit anchors or trailing marks. */
    static String headingText(Element heading) {
        if (heading.selectFirst(ANCHORS) == null) {
            return TRAILING_MARKS.matcher(normalize(heading.text())).replaceAll("");
        }
        Element copy = heading.clone();
        copy.select(ANCHORS).remove();
        return TRAILING_MARKS.matcher(normalize(copy.text())).replaceAll("");
    }

    /** Whether a declared title is the heading, or the heading joined to a site's name by a separator. */
    private static boolean confirms(String declared, String heading) {
        if (declared.isEmpty()) {
            return false;
        }
        String title = declared.toLowerCase(Locale.ROOT);
        String words = heading.toLowerCase(Locale.ROOT);
        if (title.equals(words)) {
            return true;
        }
        if (title.startsWith(words)) {
            String rest = title.substring(words.length()).strip();
            return !rest.isEmpty() && SEPARATOR_CHARS.indexOf(rest.charAt(0)) >= 0;
        }
        if (title.endsWith(words)) {
            String rest = title.substring(0, title.length() - words.length()).strip();
            return !rest.isEmpty() && SEPARATOR_CHARS.indexOf(rest.charAt(rest.length() - 1)) >= 0;
        }
        return false;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static String withoutSiteName(String title, String siteName, String chromeText) {
        List<String> parts = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(title);
        int from = 0;
        while (separator.find()) {
            parts.add(title.substring(from, separator.start()).strip());
            from = separator.end();
        }
        parts.add(title.substring(from).strip());
        parts.removeIf(String::isEmpty);
        if (parts.size() < 2) {
            return title;
        }
        String chrome = normalize(chromeText).toLowerCase(Locale.ROOT);
        String site = siteName.toLowerCase(Locale.ROOT);
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        if (isSiteName(last, site, chrome)) {
            return title.substring(0, title.lastIndexOf(last))
                    .replaceAll(SEPARATOR.pattern() + "$", "")
                    .strip();
        }
        if (isSiteName(first, site, chrome)) {
            return title.substring(title.indexOf(first) + first.length())
                    .replaceFirst("^" + SEPARATOR.pattern(), "")
                    .strip();
        }
        return title;
    }

    private static boolean isSiteName(String part, String site, String chrome) {
        String candidate = part.toLowerCase(Locale.ROOT);
        return (!site.isEmpty() && candidate.equals(normalize(site).toLowerCase(Locale.ROOT)))
                || (!chrome.isEmpty() && candidate.length() >= 2 && chrome.contains(candidate));
    }

    private static String meta(Document document, String property) {
        Element meta = document.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? "" : normalize(meta.attr("content"));
    }
}
