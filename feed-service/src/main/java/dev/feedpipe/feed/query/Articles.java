package dev.feedpipe.feed.query;

import dev.feedpipe.extract.SafeHtml;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.TextPlaceholders;
import dev.feedpipe.search.ArticleDocument;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What readers see of an enriched article beyond its own fields. The feed reads each stored document back
 * into the record it was written from ({@link ArticleDocument#read}), so it keeps no copy of the fields.
 */
public final class Articles {

    private Articles() {}

    /** The rendered article as a page may show it: allow-listed again, links resolved against the original. */
    public static String pageHtml(EnrichedArticle article) {
        return SafeHtml.forPage(article.getHtml(), article.getSourceUrl());
    }

    /**
     * The article's lead image as an absolute http(s) address (a relative one resolved against its
     * {@code sourceUrl}), or empty.
     */
    public static Optional<String> image(EnrichedArticle article) {
        return SafeHtml.absoluteUrl(article.getImage(), article.getSourceUrl());
    }

    /** The newest of the article's dates: when it changed last as far as a reader can tell. */
    public static Instant lastChanged(EnrichedArticle article) {
        return lastChanged(article.getPublishedAt(), article.getIngestedAt());
    }

    /** The newer of the two dates, either of which may be null. */
    static Instant lastChanged(Instant publishedAt, Instant ingestedAt) {
        if (ingestedAt == null) {
            return publishedAt;
        }
        return publishedAt == null || ingestedAt.isAfter(publishedAt) ? ingestedAt : publishedAt;
    }

    /**
     * The code, formula and inline-math placeholders enrich wrote the article's text and summary with;
     * empty for a record written before enrich carried them.
     */
    public static Optional<List<String>> placeholders(EnrichedArticle article) {
        TextPlaceholders placeholders = article.getPlaceholders();
        return placeholders == null
                ? Optional.empty()
                : Optional.of(List.of(placeholders.getCode(), placeholders.getFormula(), placeholders.getInlineMath()));
    }

    /** The languages of the article's code blocks, each once, in order of first use. */
    static List<String> codeLanguages(EnrichedArticle article) {
        return article.getCodeBlocks().stream()
                .map(CodeBlock::getLanguage)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** What the extractor counted in the article, as the API shows it. */
    record Counts(int codeBlocks, int formulas, int inlineMath, int images, int links, int words, int readingMinutes) {

        static Counts of(EnrichedArticle article) {
            return new Counts(
                    article.getCodeBlocks().size(),
                    article.getFormulaCount(),
                    article.getInlineMathCount(),
                    article.getImageCount(),
                    article.getLinkCount(),
                    article.getWordCount(),
                    article.getReadingMinutes());
        }
    }
}
