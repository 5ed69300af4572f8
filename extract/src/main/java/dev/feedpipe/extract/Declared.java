package dev.feedpipe.extract;

import dev.feedpipe.article.DeclaredField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an article declares: its metadata (front matter or page head) and its title, if any.
 *
 * @param title the title given with the post or declared, else its first heading or line (Markdown)
 */
public record Declared(Metadata metadata, Optional<String> title) {

    /** The article's own value of a field, by the field's keys in order. */
    public Optional<String> value(DeclaredField field) {
        return field.in(metadata::first);
    }

    /** The tags it declares, under any of the tag keys. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        DeclaredField.TAGS.keys().forEach(key -> tags.addAll(metadata.list(key)));
        return tags;
    }
}
