package dev.feedpipe.extract.internal.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts occurrences of a fixed set of terms in one pass over a text, case-insensitively. A term of
 * Latin letters or digits matches whole words only ({@code pip} is not found in {@code pipeline}), or their
 * plurals in {@code s}/{@code es};
 * a CJK term matches anywhere. Each occurrence counts for every term it is, so overlapping terms both count.
 */
public final class TermMatcher {

    /** Terms by their first two characters (the second is 0 for one-character terms): one lookup per position. */
    private final Map<Integer, List<String>> termsByFirstTwo = new HashMap<>();
    /** Which characters start some term, so that most positions cost one array read. */
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

    public TermMatcher(Iterable<String> terms) {
        for (String term : terms) {
            String lower = term.strip().toLowerCase(Locale.ROOT);
            if (!lower.isEmpty()) {
                starts[lower.charAt(0)] = true;
                termsByFirstTwo
                        .computeIfAbsent(key(lower, 0), c -> new ArrayList<>())
                        .add(lower);
            }
        }
    }

    private static int key(String text, int index) {
        return (text.charAt(index) << 16) | (index + 1 < text.length() ? text.charAt(index + 1) : 0);
    }

    /** Lower-cased term to its number of occurrences, in order of first occurrence; absent terms are left out. */
    public Map<String, Integer> count(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < lower.length(); i++) {
            if (!starts[lower.charAt(i)] || (isWordChar(lower, i - 1) && isWordChar(lower, i))) {
                continue;
            }
            int key = key(lower, i);
            match(lower, i, termsByFirstTwo.get(key), counts);
            if (key != lower.charAt(i) << 16) {
                match(lower, i, termsByFirstTwo.get(lower.charAt(i) << 16), counts); // one-character terms
            }
        }
        return counts;
    }

    private static void match(String lower, int i, List<String> candidates, Map<String, Integer> counts) {
        if (candidates == null) {
            return;
        }
        for (String term : candidates) {
            if (lower.startsWith(term, i) && endsCleanly(lower, term, i)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
    }

    /**
     * Whether a Latin term ends a word here: followed by no letter or digit, or by the plural {@code s} or
     * {@code es} and then none ({@code tokenizers} is {@code tokenizer}, {@code containers} is
     * {@code container}).
     */
    private static boolean endsCleanly(String text, String term, int start) {
        char last = term.charAt(term.length() - 1);
        if (!isAsciiWordChar(last)) {
            return true;
        }
        int end = start + term.length();
        if (!isWordChar(text, end)) {
            return true;
        }
        if (Character.isDigit(last)) {
            return false;
        }
        return (text.charAt(end) == 's' && !isWordChar(text, end + 1))
                || (text.startsWith("es", end) && !isWordChar(text, end + 2));
    }

    private static boolean isWordChar(String text, int index) {
        return index >= 0 && index < text.length() && isAsciiWordChar(text.charAt(index));
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
