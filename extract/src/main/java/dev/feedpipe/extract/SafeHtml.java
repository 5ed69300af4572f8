package dev.feedpipe.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one allow-list an article's markup passes before it reaches a page: prose, lists, tables, links,
 * images, code and MathML, and nothing that runs, styles or frames. What is not allowed is removed with its
 * content ({@code script}, {@code style}, {@code iframe}, {@code svg}, forms, navigation) or unwrapped to its
 * text (any other tag); attributes are kept only where listed, URLs only with http, https or mailto.
 * Classes survive only as this project's own vocabulary: {@code language-*} on code, {@code math-inline}
 * and {@code math-display} on the spans and divs holding TeX, so an article cannot borrow the page's styles.
 */
public final class SafeHtml {

    /** Removed whole: what runs, styles, embeds or asks for input, and navigation inside an article. */
    private static final String REMOVED = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "applet, svg, canvas, form, input, button, select, textarea, link, meta, base, nav, audio, video";

    private static final List<String> MATHML = List.of(
            "math",
            "semantics",
            "mrow",
            "mi",
            "mn",
            "mo",
            "ms",
            "mtext",
            "mspace",
            "mfrac",
            "msqrt",
            "mroot",
            "msub",
            "msup",
            "msubsup",
            "munder",
            "mover",
            "munderover",
            "mmultiscripts",
            "mprescripts",
            "mtable",
            "mtr",
            "mtd",
            "mstyle",
            "mpadded",
            "mphantom",
            "menclose");
    private static final String[] MATHML_ATTRIBUTES = {
        "mathvariant",
        "displaystyle",
        "scriptlevel",
        "stretchy",
        "fence",
        "separator",
        "lspace",
        "rspace",
        "accent",
        "accentunder",
        "linethickness",
        "width",
        "height",
        "depth",
        "notation",
        "columnalign",
        "rowalign",
        "columnspan",
        "rowspan",
        "display"
    };
    private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9][a-z0-9_+#.-]{0,31}");
    private static final Set<String> MATH_CLASSES = Set.of("math-inline", "math-display");

    /** Relative URLs are judged as if under an http base (a reserved name), then kept as written. */
    private static final Pattern URL_SCHEME = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*):");

    private static final String PROVISIONAL_BASE = "https://relative.invalid/";

    private static final Safelist KEEPING_RELATIVE = safelist().preserveRelativeLinks(true);
    private static final Safelist RESOLVING = safelist().preserveRelativeLinks(false);

    private SafeHtml() {}

    /** Markup as stored: the allow-list applied, relative links kept for the page to resolve. */
    public static String clean(String html) {
        return clean(html, PROVISIONAL_BASE, KEEPING_RELATIVE);
    }

    /**
     * Markup for a page: the allow-list applied again (whoever wrote the store), relative links and images
     * resolved against {@code baseUrl} (the article's original address), or dropped when there is none.
     */
    public static String forPage(String html, String baseUrl) {
        String base =
                baseUrl == null || !(baseUrl.startsWith("https://") || baseUrl.startsWith("http://")) ? "" : baseUrl;
        return clean(html, base, RESOLVING);
    }

    /**
     * Whether an address may stand for a link or image in an article: an http(s) URL or a relative one (no
     * {@code data:}, {@code javascript:} or other scheme, no control characters).
     */
    public static boolean isWebAddress(String address) {
        if (address == null
                || address.isBlank()
                || UnsafeCharacters.inField(address).isPresent()) {
            return false;
        }
        Matcher scheme = URL_SCHEME.matcher(address.strip());
        return !scheme.lookingAt()
                || scheme.group(1).equalsIgnoreCase("http")
                || scheme.group(1).equalsIgnoreCase("https");
    }

    /**
     * An address a page may link or show: {@code address} if it is an absolute http(s) URL, a relative one
     * resolved against {@code baseUrl}, else empty (another scheme, no base, not a URL).
     */
    public static Optional<String> absoluteUrl(String address, String baseUrl) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            if (!uri.isAbsolute()) {
                if (baseUrl == null || baseUrl.isBlank()) {
                    return Optional.empty();
                }
                uri = new URI(baseUrl.strip()).resolve(uri);
            }
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String clean(String html, String baseUri, Safelist safelist) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUri);
        dirty.body().select(REMOVED).remove();
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.body().select("img:not([src])").remove();
        for (Element classed : clean.body().select("[class]")) {
            keepOwnClasses(classed);
        }
        for (Element pre : clean.body().select("pre[data-language]")) {
            if (!LANGUAGE.matcher(pre.attr("data-language")).matches()) {
                pre.removeAttr("data-language");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static void keepOwnClasses(Element element) {
        String kept = switch (element.normalName()) {
            case "code" ->
                element.classNames().stream()
                        .filter(name -> name.startsWith("language-")
                                && LANGUAGE.matcher(name.substring(9)).matches())
                        .findFirst()
                        .orElse("");
            case "span", "div" ->
                element.classNames().stream()
                        .filter(MATH_CLASSES::contains)
                        .findFirst()
                        .orElse("");
            default -> "";
        };
        if (kept.isEmpty()) {
            element.removeAttr("class");
        } else {
            element.attr("class", kept);
        }
    }

    private static Safelist safelist() {
        Safelist safelist = Safelist.relaxed()
                .addTags(
                        "hr",
                        "figure",
                        "figcaption",
                        "details",
                        "summary",
                        "del",
                        "ins",
                        "s",
                        "kbd",
                        "mark",
                        "abbr",
                        "samp",
                        "var",
                        "aside",
                        "section",
                        "article",
                        "dfn",
                        "bdi",
                        "time")
                .addAttributes("code", "class")
                .addAttributes("span", "class")
                .addAttributes("div", "class")
                .addAttributes("pre", "data-language")
                .addAttributes("ol", "start", "reversed")
                .addAttributes("abbr", "title")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("time", "datetime")
                .addEnforcedAttribute("a", "rel", "nofollow noopener ugc")
                .addEnforcedAttribute("img", "loading", "lazy")
                .addEnforcedAttribute("img", "referrerpolicy", "no-referrer")
                .removeProtocols("a", "href", "ftp");
        MATHML.forEach(tag -> safelist.addTags(tag).addAttributes(tag, MATHML_ATTRIBUTES));
        return safelist;
    }
}
