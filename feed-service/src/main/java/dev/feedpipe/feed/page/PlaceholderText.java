package dev.feedpipe.feed.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text at its placeholders ({@code [代码]}, ...), so a page can show each as a chip, as
 * the feed does, while the rest stays text.
 */
public final class PlaceholderText {

    /** A run of text; {@code kind} is "code", "formula" or "math" for a placeholder, null for plain text. */
    public record Part(String text, String kind) {}

    private static final List<String> KINDS = List.of("code", "formula", "math");

    private final List<String> placeholders;

    /** @param placeholders the code, formula and inline-math placeholders, in that order */
    public PlaceholderText(List<String> placeholders) {
        this.placeholders = List.copyOf(placeholders);
    }

    public List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            int next = -1;
            int kind = -1;
            for (int i = 0; i < placeholders.size() && i < KINDS.size(); i++) {
                String placeholder = placeholders.get(i);
                int found = placeholder.isEmpty() ? -1 : text.indexOf(placeholder, position);
                if (found >= 0 && (next < 0 || found < next)) {
                    next = found;
                    kind = i;
                }
            }
            if (next < 0) {
                parts.add(new Part(text.substring(position), null));
                break;
            }
            if (next > position) {
                parts.add(new Part(text.substring(position, next), null));
            }
            parts.add(new Part(placeholders.get(kind), KINDS.get(kind)));
            position = next + placeholders.get(kind).length();
        }
        return parts;
    }
}
