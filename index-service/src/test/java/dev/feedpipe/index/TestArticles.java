package dev.feedpipe.index;

import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import java.time.Instant;
import java.util.List;

/** Enriched records for the index's tests. */
public final class TestArticles {

    private TestArticles() {}

    public static EnrichedArticle article(String id, long revision, String title, String text) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setRevision(revision)
                .setTitle(title)
                .setSummary(text)
                .setText(text)
                .setCategory("LLM")
                .setCategorySource(CategorySource.CLASSIFIER)
                .setLanguage("zh")
                .setCodeBlocks(List.of(new CodeBlock("python"), new CodeBlock(null), new CodeBlock("python")))
                .setExtractorVersion("1.0.0")
                .setPublishedAt(Instant.parse("2026-01-11T00:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-11T01:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-01-11T02:00:00Z"))
                .build();
    }
}
