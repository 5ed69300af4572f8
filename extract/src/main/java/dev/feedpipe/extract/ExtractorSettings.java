package dev.feedpipe.extract;

import dev.feedpipe.article.Placeholders;
import java.util.Objects;

/**
 * What can be tuned about extraction.
 *
 * @param placeholders the strings standing for code, formulas and inline math
 * @param summaryLength the summary's length limit in code points
 * @param taxonomy the categories the classifier chooses from
 */
public record ExtractorSettings(Placeholders placeholders, int summaryLength, Taxonomy taxonomy) {

    public ExtractorSettings {
        Objects.requireNonNull(placeholders, "placeholders");
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (summaryLength < Placeholders.MIN_SUMMARY_LENGTH || summaryLength > Placeholders.MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("summary length must be between " + Placeholders.MIN_SUMMARY_LENGTH
                    + " and " + Placeholders.MAX_SUMMARY_LENGTH + ", was " + summaryLength);
        }
    }

    public static ExtractorSettings defaults() {
        return new ExtractorSettings(Placeholders.DEFAULT, Placeholders.DEFAULT_SUMMARY_LENGTH, Taxonomy.defaults());
    }
}
