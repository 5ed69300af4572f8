package dev.feedpipe.feed.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as the feed reads it from the index: the only place in the feed that knows the index
 * document's field names.
 *
 * @param publishedAt when the author published it, or null when unknown
 * @param updatedAt when this revision was accepted
 * @param author the author, or null
 * @param sourceUrl where the original lives, or null
 */
public record Article(String id, long revision, String title, String summary, String text, String category,
        String categorySource, String summarySource, List<String> tags, List<String> keywords, String language,
        List<String> codeLanguages, Counts counts, String author, String sourceUrl, Instant publishedAt,
        Instant updatedAt, String extractorVersion) {

    public Article {
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
        codeLanguages = List.copyOf(codeLanguages);
    }

    /** What the extractor counted in the article. */
    public record Counts(int codeBlocks, int formulas, int inlineMath, int images, int links, int words,
            int readingMinutes) {
    }

    static Article from(JsonNode source) {
        return new Article(source.path("id").asText(), source.path("revision").asLong(), source.path("title").asText(),
                source.path("summary").asText(), source.path("text").asText(), source.path("category").asText(),
                source.path("category_source").asText(null), source.path("summary_source").asText("TEXT"),
                strings(source.path("tags")), strings(source.path("keywords")), source.path("language").asText(null),
                strings(source.path("code_languages")),
                new Counts(source.path("code_block_count").asInt(), source.path("formula_count").asInt(),
                        source.path("inline_math_count").asInt(), source.path("image_count").asInt(),
                        source.path("link_count").asInt(), source.path("word_count").asInt(),
                        source.path("reading_minutes").asInt()),
                source.path("author").asText(null), source.path("source_url").asText(null),
                instant(source.path("published_at")), instant(source.path("ingested_at")),
                source.path("extractor_version").asText(null));
    }

    /** The newest of the article's dates: when it changed last as far as a reader can tell. */
    public Instant lastChanged() {
        if (updatedAt == null) {
            return publishedAt;
        }
        return publishedAt == null || updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }

    private static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
