package dev.feedpipe.extract.internal.summary;

import dev.feedpipe.extract.internal.text.Scripts;
import java.util.List;

/**
 * Cuts clean text to a summary: the text itself when it has at most {@code limit} code points,
 * otherwise the longest prefix of at most {@code limit} code points that ends at an allowed boundary,
 * followed by {@code ...}. A boundary inside a placeholder, a URL, a Latin word, a number or a
 * surrogate pair is not allowed; neither is one that would leave a dangling hyphen or joiner.
 */
public final class SummaryCutter {

    public static final String ELLIPSIS = "...";

    private final int limit;
    private final List<String> placeholders;

    public SummaryCutter(int limit, List<String> placeholders) {
        if (limit < 1) {
            throw new IllegalArgumentException("summary limit must be positive");
        }
        this.limit = limit;
        this.placeholders = List.copyOf(placeholders);
    }

    public String cut(String text) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        int hardEnd = text.offsetByCodePoints(0, limit);
        int cut = lastAllowedBoundary(text, hardEnd);
        if (cut == 0) {
            // One token longer than the whole summary (a giant URL, say): cut it at a code point boundary.
            cut = hardEnd;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** The largest index at most {@code end} that splits no protected token, or 0. */
    int lastAllowedBoundary(String text, int end) {
        int boundary = end;
        int protectedStart = protectedTokenStartingBefore(text, end);
        while (boundary > 0) {
            if (protectedStart >= 0 && protectedStart < boundary) {
                boundary = protectedStart;
                protectedStart = protectedTokenStartingBefore(text, boundary);
                continue;
            }
            if (isWordBoundary(text, boundary)) {
                return boundary;
            }
            boundary =
                    Character.isLowSurrogate(text.charAt(boundary - 1)) && boundary >= 2 ? boundary - 2 : boundary - 1;
        }
        return 0;
    }

    /**
     * The start of a placeholder or URL that contains position {@code index} strictly inside it, or -1.
     * Only tokens that begin before index and end after it matter.
     */
    private int protectedTokenStartingBefore(String text, int index) {
        int start = -1;
        for (String placeholder : placeholders) {
            int from = Math.max(0, index - placeholder.length() + 1);
            int found = text.indexOf(placeholder, from);
            if (found >= 0 && found < index && found + placeholder.length() > index) {
                start = Math.max(start, found);
            }
        }
        int url = urlContaining(text, index);
        return Math.max(start, url);
    }

    /** The start of the URL that runs across {@code index}, or -1. A URL ends at whitespace or CJK text. */
    private static int urlContaining(String text, int index) {
        if (index >= text.length()) {
            return -1;
        }
        int tokenStart = index;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        int scheme = text.lastIndexOf("http", index - 1);
        while (scheme >= tokenStart && !(text.startsWith("http://", scheme) || text.startsWith("https://", scheme))) {
            scheme = text.lastIndexOf("http", scheme - 1);
        }
        if (scheme < tokenStart) {
            return -1;
        }
        int end = scheme;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            if (Character.isWhitespace(codePoint) || Scripts.isCjk(codePoint)) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return index < end ? scheme : -1;
    }

    /** Whether the text may be cut between index-1 and index. */
    private static boolean isWordBoundary(String text, int index) {
        if (index >= text.length()) {
            return true;
        }
        int before = text.codePointBefore(index);
        int after = text.codePointAt(index);
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return true;
        }
        boolean wordBefore = isWordPart(before);
        boolean wordAfter = isWordPart(after);
        if (wordBefore && wordAfter) {
            return false;
        }
        if (isJoiner(before) && wordAfter && index >= 2 && isWordPart(text.codePointBefore(index - 1))) {
            return false;
        }
        return !(wordBefore && isJoiner(after) && index + 1 < text.length() && isWordPart(text.codePointAt(index + 1)));
    }

    /** Latin, Greek, Cyrillic letters and digits: words that must not be split. CJK may be cut anywhere. */
    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !Scripts.isCjkWordCharacter(codePoint) || codePoint == '_';
    }

    /** Characters that join two word parts into one token: Straight-Through, 3.14, nn.Conv2d, don't. */
    private static boolean isJoiner(int codePoint) {
        return codePoint == '-'
                || codePoint == '.'
                || codePoint == '\''
                || codePoint == ','
                || codePoint == '/'
                || codePoint == ':'
                || codePoint == '@'
                || codePoint == '#';
    }
}
