package dev.feedpipe.extract.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts occurrences of a fixed set of terms in one pass over a text, case-insensitively. A term of
 * Latin letters or digits matches whole words only ({@code pip} is not found in {@code pipeline});
 * a CJK term matches anywhere. Each occurrence counts for every term it is, so overlapping terms both count.
 */
public final class TermMatcher {

    private final Map<Character, List<String>> termsByFirstChar = new HashMap<>();

    public TermMatcher(Iterable<String> terms) {
        for (String term : terms) {
            String lower = term.strip().toLowerCase(Locale.ROOT);
            if (!lower.isEmpty()) {
                termsByFirstChar.computeIfAbsent(lower.charAt(0), c -> new ArrayList<>()).add(lower);
            }
        }
    }

    /** Lower-cased term to its number of occurrences, in order of first occurrence; absent terms are left out. */
    public Map<String, Integer> count(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < lower.length(); i++) {
            List<String> candidates = termsByFirstChar.get(lower.charAt(i));
            if (candidates == null || (isWordChar(lower, i - 1) && isWordChar(lower, i))) {
                continue;
            }
            for (String term : candidates) {
                if (lower.startsWith(term, i) && endsCleanly(lower, term, i)) {
                    counts.merge(term, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static boolean endsCleanly(String text, String term, int start) {
        char last = term.charAt(term.length() - 1);
        if (!isAsciiWordChar(last)) {
            return true;
        }
        return !isWordChar(text, start + term.length());
    }

    private static boolean isWordChar(String text, int index) {
        return index >= 0 && index < text.length() && isAsciiWordChar(text.charAt(index));
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
