package dev.feedpipe.feed.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.extract.SafeHtml;
import dev.feedpipe.search.ArticleDocument;
import java.time.Instant;
import java.util.List;

/**
 * One article as the feed shows it, read from the index's {@link ArticleDocument}.
 *
 * @param publishedAt when the author published it, or null when unknown
 * @param updatedAt when this revision was accepted
 * @param author the author, or null
 * @param sourceUrl where the original lives, or null
 * @param html the article rendered as the extractor allow-listed it, relative links unresolved; empty when an
 *     older extractor wrote it
 */
public record Article(
        String id,
        long revision,
        String title,
        String summary,
        String text,
        String html,
        String category,
        String categorySource,
        String summarySource,
        List<String> tags,
        List<String> keywords,
        String language,
        List<String> codeLanguages,
        Counts counts,
        String author,
        String sourceUrl,
        Instant publishedAt,
        Instant updatedAt,
        String extractorVersion) {

    public Article {
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
        codeLanguages = List.copyOf(codeLanguages);
    }

    /** What the extractor counted in the article. */
    public record Counts(
            int codeBlocks, int formulas, int inlineMath, int images, int links, int words, int readingMinutes) {}

    static Article from(JsonNode source) {
        ArticleDocument document = ArticleDocument.fromSource(source);
        return new Article(
                document.id(),
                document.revision(),
                document.title(),
                document.summary(),
                document.text(),
                document.html() == null ? "" : document.html(),
                document.category(),
                document.categorySource(),
                document.summarySource() == null ? "TEXT" : document.summarySource(),
                document.tags(),
                document.keywords(),
                document.language(),
                document.codeLanguages(),
                new Counts(
                        document.codeBlockCount(),
                        document.formulaCount(),
                        document.inlineMathCount(),
                        document.imageCount(),
                        document.linkCount(),
                        document.wordCount(),
                        document.readingMinutes()),
                document.author(),
                document.sourceUrl(),
                instant(document.publishedAt()),
                instant(document.ingestedAt()),
                document.extractorVersion());
    }

    /** The rendered article as a page may show it: allow-listed again, links resolved against the original. */
    public String pageHtml() {
        return SafeHtml.forPage(html, sourceUrl);
    }

    /** The newest of the article's dates: when it changed last as far as a reader can tell. */
    public Instant lastChanged() {
        return lastChanged(publishedAt, updatedAt);
    }

    /** The newer of the two dates, either of which may be null. */
    static Instant lastChanged(Instant publishedAt, Instant updatedAt) {
        if (updatedAt == null) {
            return publishedAt;
        }
        return publishedAt == null || updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
