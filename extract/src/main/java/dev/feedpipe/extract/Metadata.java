package dev.feedpipe.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an article says about itself (Markdown front matter, HTML meta tags): keys in lower case,
 * each with its values (a scalar is a list of one; an inline list {@code [a, b]} is split).
 */
public record Metadata(Map<String, List<String>> values) {

    public static final Metadata EMPTY = new Metadata(Map.of());

    public Metadata {
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
