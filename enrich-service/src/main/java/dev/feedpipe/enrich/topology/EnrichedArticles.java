package dev.feedpipe.enrich.topology;

import dev.feedpipe.article.Placeholders;
import dev.feedpipe.extract.ArticleDates;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.UnsafeCharacters;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.SummarySource;
import dev.feedpipe.schema.TextPlaceholders;
import java.time.Instant;

/** Builds the enriched record from a raw article and its extracted entry. */
final class EnrichedArticles {

    private EnrichedArticles() {}

    static EnrichedArticle of(RawArticle raw, FeedEntry entry, Instant now) {
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setRevision(raw.getRevision())
                .setTitle(entry.title())
                .setSummary(entry.summary())
                .setSummarySource(SummarySource.valueOf(entry.summarySource().name()))
                .setText(entry.text())
                .setHtml(entry.html())
                .setCategory(entry.category())
                .setCategorySource(CategorySource.valueOf(entry.categorySource().name()))
                .setTags(entry.tags())
                .setKeywords(entry.keywords())
                .setLanguage(entry.language())
                .setCodeBlocks(entry.codeBlocks().stream()
                        .map(language -> new CodeBlock(language))
                        .toList())
                .setFormulaCount(entry.formulaCount())
                .setInlineMathCount(entry.inlineMathCount())
                .setImageCount(entry.imageCount())
                .setLinkCount(entry.linkCount())
                .setWordCount(entry.wordCount())
                .setReadingMinutes(entry.readingMinutes())
                .setImage(entry.image())
                .setPlaceholders(placeholders(entry.placeholders()))
                .setExtractorVersion(entry.extractorVersion())
                .setAuthor(author(raw, entry))
                .setSourceUrl(UnsafeCharacters.cleanField(raw.getSourceUrl()))
                .setPublishedAt(publishedAt(raw, entry))
                .setIngestedAt(raw.getIngestedAt())
                .setEnrichedAt(now)
                .build();
    }

    private static TextPlaceholders placeholders(Placeholders placeholders) {
        return new TextPlaceholders(placeholders.code(), placeholders.formula(), placeholders.inlineMath());
    }

    /** The poster's author (cleaned like every field of a record from elsewhere), else the article's own. */
    private static String author(RawArticle raw, FeedEntry entry) {
        String given = UnsafeCharacters.cleanField(raw.getAuthor());
        return given != null && !given.isBlank() ? given.strip() : entry.author();
    }

    /**
     * The poster's date, else the article's own (front matter), else when it was ingested; a date out of
     * {@link ArticleDates#RANGE} (from a producer of its own) counts as none.
     */
    private static Instant publishedAt(RawArticle raw, FeedEntry entry) {
        if (raw.getPublishedAt() != null && ArticleDates.inRange(raw.getPublishedAt())) {
            return raw.getPublishedAt();
        }
        // an unreadable date in front matter is not worth losing the article over
        return ArticleDates.parse(entry.date()).orElse(raw.getIngestedAt());
    }
}
