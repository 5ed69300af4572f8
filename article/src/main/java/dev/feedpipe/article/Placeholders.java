package dev.feedpipe.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The strings that stand in an article's clean text and summary for what text cannot show, and the
 * limits of that text: the one home of their defaults and rules (the settings catalog takes them from
 * here). Enriched records carry the placeholders they were written with.
 *
 * @param code a code block
 * @param formula a display formula
 * @param inlineMath inline math
 */
public record Placeholders(String code, String formula, String inlineMath) {

    public static final Placeholders DEFAULT = new Placeholders("[代码]", "[公式]", "[Math]");

    /** The summary's length limit in code points by default (the reference feed's), and its bounds. */
    public static final int DEFAULT_SUMMARY_LENGTH = 350;

    public static final int MIN_SUMMARY_LENGTH = 20;
    public static final int MAX_SUMMARY_LENGTH = 10_000;

    private static final int MAX_CODE_POINTS = 40;

    public Placeholders {
        requireUsable(code, "code");
        requireUsable(formula, "formula");
        requireUsable(inlineMath, "inlineMath");
    }

    public List<String> all() {
        return List.of(code, formula, inlineMath);
    }

    /** What is wrong with a string as a placeholder, if anything. */
    public static Optional<String> problem(String placeholder) {
        if (placeholder == null || placeholder.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (placeholder.codePointCount(0, placeholder.length()) > MAX_CODE_POINTS) {
            return Optional.of("must be at most " + MAX_CODE_POINTS + " characters");
        }
        return Optional.empty();
    }

    private static void requireUsable(String placeholder, String name) {
        Objects.requireNonNull(placeholder, name + " placeholder");
        problem(placeholder).ifPresent(problem -> {
            throw new IllegalArgumentException(name + " placeholder " + problem);
        });
    }
}
