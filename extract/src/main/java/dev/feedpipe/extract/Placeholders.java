package dev.feedpipe.extract;

import java.util.List;
import java.util.Objects;

/**
 * The strings that stand for what a text summary cannot show.
 *
 * @param code a code block
 * @param formula a display formula
 * @param inlineMath inline math
 */
public record Placeholders(String code, String formula, String inlineMath) {

    public static final Placeholders DEFAULT = new Placeholders("[代码]", "[公式]", "[Math]");

    public Placeholders {
        requireUsable(code, "code");
        requireUsable(formula, "formula");
        requireUsable(inlineMath, "inlineMath");
    }

    public List<String> all() {
        return List.of(code, formula, inlineMath);
    }

    private static void requireUsable(String placeholder, String name) {
        Objects.requireNonNull(placeholder, name + " placeholder");
        if (placeholder.isBlank() || placeholder.codePointCount(0, placeholder.length()) > 40) {
            throw new IllegalArgumentException(name + " placeholder must be 1 to 40 characters and not blank");
        }
    }
}
