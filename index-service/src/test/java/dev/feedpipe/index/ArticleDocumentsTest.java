package dev.feedpipe.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.Segmenter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {

    static EnrichedArticle article(String id, long revision, String title, String text) {
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

    @Test
    void aDocumentCarriesTheEntryAndItsSegmentedSearchFields() {
        Map<String, Object> document = new ArticleDocuments(new Segmenter())
                .of(article("a", 3, "搜索引擎原理", "搜索引擎如何建立索引"))
                .toSource();

        assertThat(document)
                .containsEntry("id", "a")
                .containsEntry("revision", 3L)
                .containsEntry("category_source", "CLASSIFIER")
                .containsEntry("code_languages", List.of("python"))
                .containsEntry("code_block_count", 3)
                .containsEntry("published_at", "2026-01-11T00:00:00Z");
        assertThat((String) document.get("text_terms")).contains("索引").contains(" ");
        assertThat((String) document.get("title_terms")).isNotBlank();
    }
}
