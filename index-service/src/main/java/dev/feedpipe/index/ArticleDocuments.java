package dev.feedpipe.index;

import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.Segmenter;
import java.time.Instant;
import java.util.Objects;

/** The Elasticsearch document of an enriched article, with its segmented search fields. */
public final class ArticleDocuments {

    private final Segmenter segmenter;

    public ArticleDocuments(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The document, handed to the Elasticsearch client as is: it is serialised once, in the bulk request. */
    public ArticleDocument of(EnrichedArticle article) {
        return new ArticleDocument(
                article.getId(),
                article.getRevision(),
                article.getTitle(),
                segmenter.terms(article.getTitle()),
                article.getSummary(),
                article.getText(),
                article.getHtml(),
                segmenter.terms(article.getText()),
                article.getCategory(),
                article.getCategorySource().name(),
                article.getSummarySource().name(),
                article.getTags(),
                article.getKeywords(),
                article.getLanguage(),
                article.getCodeBlocks().stream()
                        .map(CodeBlock::getLanguage)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList(),
                article.getCodeBlocks().size(),
                article.getFormulaCount(),
                article.getInlineMathCount(),
                article.getImageCount(),
                article.getLinkCount(),
                article.getWordCount(),
                article.getReadingMinutes(),
                article.getAuthor(),
                article.getSourceUrl(),
                iso(article.getPublishedAt()),
                iso(article.getIngestedAt()),
                iso(article.getEnrichedAt()),
                article.getExtractorVersion());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
