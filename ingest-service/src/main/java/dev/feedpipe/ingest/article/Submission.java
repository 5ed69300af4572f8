package dev.feedpipe.ingest.article;

import dev.feedpipe.extract.Format;
import java.time.Instant;
import java.util.List;

/**
 * An article as a poster described it, before id and revision are settled. Null means "not given".
 */
public record Submission(
        String id,
        Long revision,
        String title,
        String body,
        Format format,
        String author,
        String category,
        List<String> tags,
        String sourceUrl,
        Instant publishedAt) {

    public Submission {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Submission withId(String newId) {
        return new Submission(newId, revision, title, body, format, author, category, tags, sourceUrl, publishedAt);
    }
}
