package dev.feedpipe.extract;

import java.util.Objects;

/**
 * What can be tuned about extraction.
 *
 * @param placeholders the strings standing for code, formulas and inline math
 * @param summaryLength the summary's length limit in code points (the reference feed uses 350)
 * @param taxonomy the categories the classifier chooses from
 */
public record ExtractorSettings(Placeholders placeholders, int summaryLength, Taxonomy taxonomy) {

    public static final int DEFAULT_SUMMARY_LENGTH = 350;

    public ExtractorSettings {
        Objects.requireNonNull(placeholders, "placeholders");
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (summaryLength < 20 || summaryLength > 10_000) {
            throw new IllegalArgumentException("summary length must be between 20 and 10000, was " + summaryLength);
        }
    }

    public static ExtractorSettings defaults() {
        return new ExtractorSettings(Placeholders.DEFAULT, DEFAULT_SUMMARY_LENGTH, Taxonomy.defaults());
    }
}
