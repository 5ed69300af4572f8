package dev.feedpipe.extract.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks a category from the taxonomy by counting its terms: each occurrence in the text counts 1
 * (at most 5 per term, so one repeated word cannot decide alone), in the title 3. The best score wins
 * (ties go to the category listed first); below {@link #MIN_SCORE} the fallback category is chosen.
 */
public final class Classifier {

    static final int MIN_SCORE = 2;
    private static final int MAX_COUNT_PER_TERM = 5;
    private static final int TITLE_WEIGHT = 3;

    private final Taxonomy taxonomy;
    private final TermMatcher matcher;
    private final Map<String, List<String>> categoriesByTerm = new HashMap<>();

    public Classifier(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        taxonomy.terms().forEach((category, terms) -> terms.forEach(term -> categoriesByTerm
                .computeIfAbsent(term.toLowerCase(Locale.ROOT), t -> new java.util.ArrayList<>()).add(category)));
        this.matcher = new TermMatcher(taxonomy.terms().values().stream().flatMap(List::stream).toList());
    }

    public TermMatcher matcher() {
        return matcher;
    }

    public String classify(String title, Map<String, Integer> termCountsInText) {
        Map<String, Integer> scores = new HashMap<>();
        termCountsInText.forEach((term, count) -> add(scores, term, Math.min(count, MAX_COUNT_PER_TERM)));
        matcher.count(title == null ? "" : title)
                .forEach((term, count) -> add(scores, term, TITLE_WEIGHT * Math.min(count, MAX_COUNT_PER_TERM)));
        String best = taxonomy.fallback();
        int bestScore = MIN_SCORE - 1;
        for (String category : taxonomy.categories()) {
            int score = scores.getOrDefault(category, 0);
            if (score > bestScore) {
                best = category;
                bestScore = score;
            }
        }
        return best;
    }

    private void add(Map<String, Integer> scores, String term, int points) {
        for (String category : categoriesByTerm.getOrDefault(term, List.of())) {
            scores.merge(category, points, Integer::sum);
        }
    }
}
