package dev.feedpipe.index;

import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.Segmenter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The Elasticsearch document of an enriched article, with its segmented search fields. */
public final class ArticleDocuments {

    private final Segmenter segmenter;

    public ArticleDocuments(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public Map<String, Object> of(EnrichedArticle article) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", article.getId());
        document.put("revision", article.getRevision());
        document.put("title", article.getTitle());
        document.put("title_terms", segmenter.terms(article.getTitle()));
        document.put("summary", article.getSummary());
        document.put("text", article.getText());
        document.put("text_terms", segmenter.terms(article.getText()));
        document.put("category", article.getCategory());
        document.put("category_source", article.getCategorySource().name());
        document.put("summary_source", article.getSummarySource().name());
        document.put("tags", article.getTags());
        document.put("keywords", article.getKeywords());
        document.put("language", article.getLanguage());
        document.put("code_languages", article.getCodeBlocks().stream().map(CodeBlock::getLanguage)
                .filter(Objects::nonNull).distinct().toList());
        document.put("code_block_count", article.getCodeBlocks().size());
        document.put("formula_count", article.getFormulaCount());
        document.put("inline_math_count", article.getInlineMathCount());
        document.put("image_count", article.getImageCount());
        document.put("link_count", article.getLinkCount());
        document.put("word_count", article.getWordCount());
        document.put("reading_minutes", article.getReadingMinutes());
        document.put("author", article.getAuthor());
        document.put("source_url", article.getSourceUrl());
        document.put("published_at", iso(article.getPublishedAt()));
        document.put("ingested_at", iso(article.getIngestedAt()));
        document.put("enriched_at", iso(article.getEnrichedAt()));
        document.put("extractor_version", article.getExtractorVersion());
        return document;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
