package dev.feedpipe.extract;

import java.util.List;
import java.util.Objects;

/**
 * What the extractor reads: a body and what the poster said about it. Metadata given here wins over
 * the body's own front matter.
 *
 * @param id the article id, or null to take it from front matter
 * @param title the title, or null to take it from front matter, the first heading or the first line
 * @param body the article body in {@code format}
 * @param format how the body is written
 * @param category the author's category, or null
 * @param tags the author's tags (may be empty)
 */
public record ArticleInput(String id, String title, String body, Format format, String category, List<String> tags) {

    public ArticleInput {
        body = body == null ? "" : body;
        Objects.requireNonNull(format, "format");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static ArticleInput of(String body, Format format) {
        return new ArticleInput(null, null, body, format, null, List.of());
    }
}
