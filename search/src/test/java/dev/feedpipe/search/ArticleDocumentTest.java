package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleDocumentTest {

    private static final ArticleDocument EMPTY = new ArticleDocument(
            null, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0,
            null, null, null, null, null, null);

    private static JsonNode mappedProperties() throws Exception {
        try (InputStream in = ArticleDocument.class.getResourceAsStream("/dev/feedpipe/search/articles-index.json")) {
            return new ObjectMapper().readTree(in).path("mappings").path("properties");
        }
    }

    @Test
    void theMappingMapsExactlyTheDocumentsFieldsWithMatchingTypes() throws Exception {
        JsonNode properties = mappedProperties();
        List<String> mapped = new ArrayList<>();
        properties.fieldNames().forEachRemaining(mapped::add);
        Map<String, Object> source = EMPTY.toSource();
        assertThat(source.keySet()).containsExactlyInAnyOrderElementsOf(mapped);

        RecordComponent[] components = ArticleDocument.class.getRecordComponents();
        List<String> names = new ArrayList<>(source.keySet());
        for (int i = 0; i < components.length; i++) {
            String type = properties.path(names.get(i)).path("type").asText();
            Class<?> javaType = components[i].getType();
            Set<String> allowed = javaType == int.class
                    ? Set.of("integer")
                    : javaType == long.class
                            ? Set.of("long")
                            : javaType == List.class ? Set.of("keyword") : Set.of("text", "keyword", "date");
            assertThat(allowed)
                    .as(components[i].getName() + " is mapped as " + type)
                    .contains(type);
        }
        for (String name : List.of(
                ArticleDocument.ID,
                ArticleDocument.TITLE,
                ArticleDocument.TITLE_TERMS,
                ArticleDocument.TEXT,
                ArticleDocument.TEXT_TERMS,
                ArticleDocument.CATEGORY,
                ArticleDocument.TAGS,
                ArticleDocument.PUBLISHED_AT)) {
            assertThat(mapped).as("queried field " + name).contains(name);
        }
    }

    @Test
    void aDocumentReadsBackAsItWasWritten() {
        ArticleDocument document = new ArticleDocument(
                "a",
                3,
                "标题",
                "标题",
                "摘要",
                "正文",
                "<p>正文</p>",
                "正文",
                "LLM",
                "AUTHOR",
                "TEXT",
                List.of("t"),
                List.of("k"),
                "zh",
                List.of("python"),
                1,
                2,
                3,
                4,
                5,
                6,
                7,
                "me",
                "https://x.example/a",
                "2026-01-01T00:00:00Z",
                "2026-01-02T00:00:00Z",
                "2026-01-02T00:00:01Z",
                "1.2.0");
        assertThat(document.toSource())
                .containsEntry("published_at", "2026-01-01T00:00:00Z")
                .containsEntry("code_block_count", 1);
        assertThat(ArticleDocument.fromSource(new ObjectMapper().valueToTree(document.toSource())))
                .isEqualTo(document);
    }
}
