package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.CodeBlock;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.SummarySource;
import dev.feedpipe.schema.TextPlaceholders;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class ArticleDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static EnrichedArticle article() {
        return EnrichedArticle.newBuilder()
                .setId("a")
                .setRevision(3)
                .setTitle("搜索引擎原理")
                .setSummary("摘要")
                .setSummarySource(SummarySource.AUTHOR)
                .setText("搜索引擎如何建立索引")
                .setHtml("<p>正文</p>")
                .setCategory("LLM")
                .setCategorySource(CategorySource.CLASSIFIER)
                .setTags(List.of("t"))
                .setKeywords(List.of("k"))
                .setLanguage("zh")
                .setCodeBlocks(List.of(new CodeBlock("python"), new CodeBlock(null)))
                .setFormulaCount(2)
                .setInlineMathCount(3)
                .setImageCount(4)
                .setLinkCount(5)
                .setWordCount(6)
                .setReadingMinutes(7)
                .setExtractorVersion("1.2.0")
                .setAuthor("me")
                .setSourceUrl("https://x.example/a")
                .setPublishedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-02T00:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-01-02T00:00:01Z"))
                .setPlaceholders(new TextPlaceholders("[code]", "[formula]", "[math]"))
                .build();
    }

    private static JsonNode mappedProperties() throws Exception {
        try (InputStream in = ArticleDocument.class.getResourceAsStream("/dev/feedpipe/search/articles-index.json")) {
            return JSON.readTree(in).path("mappings").path("properties");
        }
    }

    @Test
    void theNamingRuleIsSnakeCase() {
        assertThat(ArticleDocument.name("publishedAt")).isEqualTo("published_at");
        assertThat(ArticleDocument.name("inlineMathCount")).isEqualTo("inline_math_count");
        assertThat(ArticleDocument.name("id")).isEqualTo("id");
    }

    @Test
    void theMappingMapsEveryFieldOfTheRecordAndNothingElseWithAMatchingType() throws Exception {
        JsonNode properties = mappedProperties();
        List<String> mapped = new ArrayList<>();
        properties.fieldNames().forEachRemaining(mapped::add);
        Map<String, Object> source =
                ArticleDocument.of(article(), new Segmenter()).source();
        assertThat(source.keySet()).containsExactlyInAnyOrderElementsOf(mapped);

        for (Schema.Field field : EnrichedArticle.getClassSchema().getFields()) {
            assertMapped(field, properties.path(ArticleDocument.name(field.name())));
        }
        for (String queried : List.of(
                ArticleDocument.ID,
                ArticleDocument.TITLE,
                ArticleDocument.TITLE_TERMS,
                ArticleDocument.TEXT,
                ArticleDocument.TEXT_TERMS,
                ArticleDocument.HTML,
                ArticleDocument.CATEGORY,
                ArticleDocument.TAGS,
                ArticleDocument.PUBLISHED_AT,
                ArticleDocument.INGESTED_AT)) {
            assertThat(mapped).as("queried field " + queried).contains(queried);
        }
    }

    private static void assertMapped(Schema.Field field, JsonNode mapping) {
        Schema schema = withoutNull(field.schema());
        if (schema.getType() == Schema.Type.ARRAY) {
            schema = withoutNull(schema.getElementType());
        }
        if (schema.getType() == Schema.Type.RECORD) {
            for (Schema.Field nested : schema.getFields()) {
                assertMapped(nested, mapping.path("properties").path(ArticleDocument.name(nested.name())));
            }
            return;
        }
        String type = mapping.path("type").asText();
        Set<String> allowed = schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                ? Set.of("date")
                : switch (schema.getType()) {
                    case INT -> Set.of("integer");
                    case LONG -> Set.of("long");
                    case STRING, ENUM -> Set.of("text", "keyword");
                    default -> Set.of();
                };
        assertThat(allowed).as(field.name() + " is mapped as '" + type + "'").contains(type);
    }

    private static Schema withoutNull(Schema schema) {
        return schema.isUnion()
                ? schema.getTypes().stream()
                        .filter(type -> type.getType() != Schema.Type.NULL)
                        .findFirst()
                        .orElseThrow()
                : schema;
    }

    @Test
    void aDocumentHoldsTheRecordsValuesAndTheSegmentedText() {
        Map<String, Object> source =
                ArticleDocument.of(article(), new Segmenter()).source();
        assertThat(source)
                .containsEntry("id", "a")
                .containsEntry("revision", 3L)
                .containsEntry("category_source", "CLASSIFIER")
                .containsEntry(
                        "code_blocks",
                        List.of(Map.of("language", "python"), Collections.singletonMap("language", null)))
                .containsEntry("published_at", "2026-01-01T00:00:00Z");
        assertThat((String) source.get(ArticleDocument.TEXT_TERMS))
                .contains("索引")
                .contains(" ");
        assertThat((String) source.get(ArticleDocument.TITLE_TERMS)).isNotBlank();
    }

    @Test
    void aStoredDocumentReadsBackAsTheRecordItWasWrittenFrom() {
        EnrichedArticle article = article();
        JsonNode stored =
                JSON.valueToTree(ArticleDocument.of(article, new Segmenter()).source());
        assertThat(ArticleDocument.read(stored)).isEqualTo(article);
    }

    @Test
    void aDocumentWrittenBeforeAFieldExistedReadsWithTheFieldsDefault() {
        ObjectNode stored =
                JSON.valueToTree(ArticleDocument.of(article(), new Segmenter()).source());
        stored.remove(List.of("html", "summary_source", "code_blocks", "author", "placeholders"));
        stored.put("a_name_from_elsewhere", 1);

        EnrichedArticle read = ArticleDocument.read(stored);

        assertThat(read.getHtml()).isEmpty();
        assertThat(read.getSummarySource()).isEqualTo(SummarySource.TEXT);
        assertThat(read.getCodeBlocks()).isEmpty();
        assertThat(read.getAuthor()).isNull();
        assertThat(read.getPlaceholders()).isNull();
    }

    @Test
    void aDocumentWithoutARequiredFieldIsRefusedNamingIt() {
        ObjectNode stored =
                JSON.valueToTree(ArticleDocument.of(article(), new Segmenter()).source());
        stored.remove("ingested_at");
        assertThatThrownBy(() -> ArticleDocument.read(stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ingested_at");
    }
}
