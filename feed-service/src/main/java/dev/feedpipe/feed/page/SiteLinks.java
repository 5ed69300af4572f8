package dev.feedpipe.feed.page;

import dev.feedpipe.extract.SafeHtml;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The addresses the feed hands out (article pages, feeds, the home page), all under one public base URL.
 *
 * @param base scheme, host and optional path prefix, without a trailing slash
 */
public record SiteLinks(String base) {

    public static final String SITE_NAME = "LATEST UPDATES · feedpipe";
    public static final String ARTICLE_PATH = "/articles/";
    public static final String ATOM_PATH = "/feed.atom";
    public static final String JSON_FEED_PATH = "/feed.json";

    public String home() {
        return base + "/";
    }

    public String article(String id) {
        return base + ARTICLE_PATH + segment(id);
    }

    /** A feed without filters. */
    public String feed(String path) {
        return feed(path, List.of(), null);
    }

    /** A feed's own address with its filters, rebuilt from the parsed values rather than copied from the request. */
    public String feed(String path, List<String> categories, String tag) {
        StringBuilder query = new StringBuilder();
        categories.forEach(category ->
                query.append(query.isEmpty() ? '?' : '&').append("category=").append(segment(category)));
        if (tag != null) {
            query.append(query.isEmpty() ? '?' : '&').append("tag=").append(segment(tag));
        }
        return base + path + query;
    }

    /** Only an absolute http(s) address becomes a link: a {@code javascript:} one would run on click. */
    public static Optional<String> externalLink(String url) {
        return SafeHtml.absoluteUrl(url, null);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
