package dev.feedpipe.article;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an article may say about itself in its front matter (Markdown) or its page's head (HTML), each
 * under the keys static site generators use, tried in order. A value the poster gives with the post
 * (JSON fields, query parameters, headers) wins over the article's own, field by field ({@link #given});
 * tags are the exception: given and declared tags are merged. Ingest and enrich read articles by these
 * keys only.
 */
public enum DeclaredField {
    ID("id"),
    REVISION("revision"),
    TITLE("title"),
    AUTHOR("author"),
    CATEGORY("category", "categories"),
    TAGS("tags"),
    SOURCE_URL("sourceurl", "source"),
    DATE("date"),
    /** The lead image: Jekyll's and Hugo's keys, Hexo's {@code cover} and {@code thumbnail}. */
    IMAGE("image", "cover", "images", "thumbnail"),
    /** The author's own summary (Jekyll, Hugo, Hexo and others). */
    EXCERPT("excerpt", "summary", "description");

    private final List<String> keys;

    DeclaredField(String... keys) {
        this.keys = List.of(keys);
    }

    /** The keys, lower case, in the order they are tried. */
    public List<String> keys() {
        return keys;
    }

    /** The first of the keys {@code metadata} has a value for. */
    public Optional<String> in(Function<String, Optional<String>> metadata) {
        for (String key : keys) {
            Optional<String> value =
                    metadata.apply(key).filter(v -> !v.isBlank()).map(String::strip);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The given value when there is one (not blank), else the article's own under these keys. */
    public Optional<String> given(String given, Function<String, Optional<String>> metadata) {
        return given != null && !given.isBlank() ? Optional.of(given.strip()) : in(metadata);
    }
}
