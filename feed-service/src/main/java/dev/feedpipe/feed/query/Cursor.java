package dev.feedpipe.feed.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page ended, in the feed's sort order (published time, then id, both descending): the
 * {@code search_after} values of its last entry, opaque to clients.
 */
public record Cursor(long publishedMillis, String id) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((publishedMillis + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon == decoded.length() - 1) {
                throw new IllegalArgumentException("no separator");
            }
            return new Cursor(Long.parseLong(decoded.substring(0, colon)), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this feed gave out");
        }
    }
}
