package dev.feedpipe.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * An article as the articles index stores it: the one definition of the search document, written by
 * index-service, read by feed-service and queried by both. Field names are the components' names in
 * snake case ({@code publishedAt} is {@code published_at}); {@code articles-index.json} maps exactly these
 * (a test checks). Dates are ISO-8601 instants as text, as Elasticsearch returns them.
 *
 * @param titleTerms the title segmented into words (smartcn), what full-text search matches
 * @param html the article rendered for its page (allow-listed by the extractor; not searched)
 * @param textTerms the text segmented the same way
 * @param publishedAt when the author published it, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDocument(
        String id,
        long revision,
        String title,
        String titleTerms,
        String summary,
        String text,
        String html,
        String textTerms,
        String category,
        String categorySource,
        String summarySource,
        List<String> tags,
        List<String> keywords,
        String language,
        List<String> codeLanguages,
        int codeBlockCount,
        int formulaCount,
        int inlineMathCount,
        int imageCount,
        int linkCount,
        int wordCount,
        int readingMinutes,
        String author,
        String sourceUrl,
        String publishedAt,
        String ingestedAt,
        String enrichedAt,
        String extractorVersion) {

    /** The fields queries name. */
    public static final String ID = "id";

    public static final String TITLE = "title";
    public static final String TITLE_TERMS = "title_terms";
    public static final String TEXT = "text";
    public static final String TEXT_TERMS = "text_terms";
    public static final String HTML = "html";
    public static final String CATEGORY = "category";
    public static final String TAGS = "tags";
    public static final String PUBLISHED_AT = "published_at";
    public static final String INGESTED_AT = "ingested_at";

    private static final ObjectMapper JSON = new ObjectMapper();

    public ArticleDocument {
        tags = tags == null ? List.of() : List.copyOf(tags);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        codeLanguages = codeLanguages == null ? List.of() : List.copyOf(codeLanguages);
    }

    /** A document as Elasticsearch returned it ({@code _source}). */
    public static ArticleDocument fromSource(JsonNode source) {
        return JSON.convertValue(source, ArticleDocument.class);
    }

    /** The document as the {@code _source} to write. */
    public Map<String, Object> toSource() {
        return JSON.convertValue(this, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }
}
