package dev.feedpipe.article;

import java.util.regex.Pattern;

/**
 * The one rule for article ids, wherever an id comes from (a post, a record produced straight to
 * Kafka, a URL): 1 to 200 letters, digits, '.', '_', ':' or '-'. Ids are path segments of the article
 * pages and the API, so nothing that needs escaping in a URL path is allowed.
 */
public final class ArticleIds {

    /** The rule as an error message reads it after the field name. */
    public static final String RULE = "must be 1 to 200 characters of letters, digits, '.', '_', ':' or '-'";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private ArticleIds() {
    }

    /** The rule, and the id that broke it (quoted as data: error bodies are JSON; a long one shortened). */
    public static String broken(String id) {
        String quoted = id.codePointCount(0, id.length()) <= 100 ? id
                : id.substring(0, id.offsetByCodePoints(0, 100)) + "...";
        return RULE + "; '" + quoted + "' is not";
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
