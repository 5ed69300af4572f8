package dev.feedpipe.extract.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML front matter of a Markdown article: keys in lower case, each with its values (a scalar
 * is a list of one; an inline list {@code [a, b]} is split).
 */
public record FrontMatter(Map<String, List<String>> values) {

    public static final FrontMatter EMPTY = new FrontMatter(Map.of());

    public FrontMatter {
        values = Map.copyOf(values);
    }

    public Optional<String> first(String key) {
        List<String> list = values.get(key.toLowerCase(Locale.ROOT));
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        String value = list.get(0).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public List<String> list(String key) {
        return values.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}
