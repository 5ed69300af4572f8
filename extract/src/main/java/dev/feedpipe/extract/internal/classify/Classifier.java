package dev.feedpipe.extract.internal.classify;

import dev.feedpipe.extract.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a category from the taxonomy by counting its terms: each occurrence in the text counts the
 * term's weight (1 unless written {@code term*N}; at most 5 occurrences per term, so one repeated word
 * cannot decide alone), in the title three times that. The best score wins (ties go to the category
 * listed first). Below {@link #MIN_SCORE}, when none of the terms speaks clearly, the naive Bayes model
 * (trained on the labelled articles shipped with the default taxonomy) decides from the words around;
 * a custom taxonomy has no model, and its fallback category is chosen.
 */
public final class Classifier {

    static final int MIN_SCORE = 2;
    private static final int MAX_COUNT_PER_TERM = 5;
    private static final int TITLE_WEIGHT = 3;

    private final Taxonomy taxonomy;
    private final TermMatcher matcher;
    private final Optional<NaiveBayes> model;
    private static final Pattern WEIGHTED = Pattern.compile("(.+?)\\*(\\d{1,2})");

    private final Map<String, List<Map.Entry<String, Integer>>> categoriesByTerm = new HashMap<>();

    /** The taxonomy's terms, and the shipped model when the taxonomy is the default one. */
    public Classifier(Taxonomy taxonomy) {
        this(taxonomy, taxonomy.equals(Taxonomy.defaults()) ? Optional.of(TrainingSet.model()) : Optional.empty());
    }

    public Classifier(Taxonomy taxonomy, Optional<NaiveBayes> model) {
        this.taxonomy = taxonomy;
        this.model = model.filter(m -> taxonomy.categories().containsAll(m.categories()));
        List<String> plainTerms = new ArrayList<>();
        taxonomy.terms()
                .forEach((category, terms) -> terms.forEach(written -> {
                    Matcher weighted = WEIGHTED.matcher(written.strip());
                    String term = (weighted.matches() ? weighted.group(1) : written)
                            .strip()
                            .toLowerCase(Locale.ROOT);
                    int weight = weighted.matches() ? Integer.parseInt(weighted.group(2)) : 1;
                    plainTerms.add(term);
                    categoriesByTerm
                            .computeIfAbsent(term, t -> new ArrayList<>())
                            .add(Map.entry(category, weight));
                }));
        this.matcher = new TermMatcher(plainTerms);
    }

    public TermMatcher matcher() {
        return matcher;
    }

    public String classify(String title, String text, Map<String, Integer> termCountsInText) {
        Map<String, Integer> scores = new HashMap<>();
        termCountsInText.forEach((term, count) -> add(scores, term, Math.min(count, MAX_COUNT_PER_TERM)));
        matcher.count(title == null ? "" : title)
                .forEach((term, count) -> add(scores, term, TITLE_WEIGHT * Math.min(count, MAX_COUNT_PER_TERM)));
        String best = null;
        int bestScore = MIN_SCORE - 1;
        for (String category : taxonomy.categories()) {
            int score = scores.getOrDefault(category, 0);
            if (score > bestScore) {
                best = category;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return model.map(m -> m.predict((title == null ? "" : title) + "\n" + text))
                .orElse(taxonomy.fallback());
    }

    private void add(Map<String, Integer> scores, String term, int occurrences) {
        for (Map.Entry<String, Integer> category : categoriesByTerm.getOrDefault(term, List.of())) {
            scores.merge(category.getKey(), occurrences * category.getValue(), Integer::sum);
        }
    }
}
