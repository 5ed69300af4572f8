package dev.feedpipe.extract.internal.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keywords of an article: the taxonomy terms it mentions, most frequent first, then technical names
 * written in the text (mixed case or capitals like PyTorch, CUDA, FlashAttention) that occur at least twice.
 */
public final class Keywords {

    public static final int MAX_KEYWORDS = 10;
    private static final int MIN_NAME_OCCURRENCES = 2;

    private Keywords() {}

    public static List<String> of(String text, Map<String, Integer> termCounts) {
        Set<String> keywords = new LinkedHashSet<>();
        termCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> keywords.add(entry.getKey()));
        for (String name : technicalNames(text)) {
            if (keywords.size() >= MAX_KEYWORDS) {
                break;
            }
            keywords.add(name.toLowerCase(Locale.ROOT));
        }
        return keywords.stream().limit(MAX_KEYWORDS).toList();
    }

    private static List<String> technicalNames(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (isAsciiLetter(text.charAt(i)) || Character.isDigit(text.charAt(i)))) {
                i++;
            }
            String word = text.substring(start, i);
            if (looksTechnical(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_NAME_OCCURRENCES)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /** CamelCase with an inner capital, or an acronym of 2 to 6 capitals: PyTorch, CUDA, vLLM. */
    private static boolean looksTechnical(String word) {
        if (word.length() < 2 || word.length() > 30) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        boolean acronym = upper == word.length() && word.length() <= 6;
        boolean innerCapital = upper >= 1 && upper < word.length() && hasInnerCapital(word);
        return acronym || innerCapital;
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
