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
 * The article's own title on a page: {@code og:title}, else the article's first heading, else
 * {@code <title>} without the site's name ({@code Title | Site}, {@code Title - Site},
 * {@code Title_Site}, {@code Title · Site}, either way round), where the site's name is
 * {@code og:site_name} or the part that repeats in the page's header, navigation or footer.
 * Normalised like all text (NFKC, so {@code &nbsp;} is a space; runs of spaces are one).
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]{1,2}\\s+|\\s*_\\s*|\\s*[|·]\\s*");

    private PageTitle() {
    }

    static String of(Document document, PageLayout layout) {
        String og = meta(document, "og:title");
        if (!og.isEmpty()) {
            return og;
        }
        Element heading = layout.titleHeading();
        String own = heading == null ? "" : normalize(heading.text());
        if (layout.isPage() && !own.isEmpty()) {
            return own; // the chrome is only read when the page's own heading is missing
        }
        // a fragment with a <title>: the author's own, else its heading
        String declared = withoutSiteName(normalize(document.title()), meta(document, "og:site_name"),
                layout.chromeText(document));
        return declared.isEmpty() ? own : declared;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
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
            return title.substring(0, title.lastIndexOf(last)).replaceAll(SEPARATOR.pattern() + "$", "").strip();
        }
        if (isSiteName(first, site, chrome)) {
            return title.substring(title.indexOf(first) + first.length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
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
