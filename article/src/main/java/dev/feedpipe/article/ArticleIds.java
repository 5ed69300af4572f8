package dev.feedpipe.article;

import dev.feedpipe.digest.Sha256;
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

    private ArticleIds() {}

    /** The rule, and the id that broke it (quoted as data: error bodies are JSON; a long one shortened). */
    public static String broken(String id) {
        return RULE + "; '" + quoted(id, 100, false) + "' is not";
    }

    /** The reason of a record whose key breaks the rule (controls in the key escaped: a header must read). */
    public static String notAnId(String key) {
        return "key '" + quoted(key, 200, true) + "' is not an article id: an id " + RULE;
    }

    private static String quoted(String id, int codePoints, boolean escapeControls) {
        StringBuilder out = new StringBuilder();
        id.codePoints()
                .limit(codePoints)
                .forEach(c -> out.append(
                        escapeControls && (Character.isISOControl(c) || Character.isSurrogate((char) c))
                                ? String.format("\\u%04X", c)
                                : Character.toString(c)));
        return id.codePointCount(0, id.length()) > codePoints ? out + "..." : out.toString();
    }

    /**
     * The id of an article: the one it is given or declares, else derived from its original's address
     * ({@code u-} and 8 bytes of the SHA-256 of the URL, so a page posted again is the same article),
     * else from its body as posted ({@code c-} and the same of the body: the same text posted again, even
     * under a corrected title, is a new revision of the same article). Ingest, enrich and
     * {@code feedpipe extract} all take ids from here.
     *
     * @param declared the id given or declared, or null
     * @param sourceUrl the original's address, or null
     */
    public static String of(String declared, String sourceUrl, String body) {
        if (declared != null && !declared.isBlank()) {
            return declared.strip();
        }
        if (sourceUrl != null && !sourceUrl.isBlank()) {
            return "u-" + Sha256.hex(sourceUrl.strip(), 8);
        }
        return "c-" + Sha256.hex(body, 8);
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
