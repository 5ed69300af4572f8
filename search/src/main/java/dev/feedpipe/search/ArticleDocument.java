package dev.feedpipe.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.schema.EnrichedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * An article as the articles index stores it, derived from the enriched record by one naming rule: every
 * field of {@code EnrichedArticle.avsc} under its name in snake case ({@code publishedAt} is
 * {@code published_at}, nested records as objects), enums by name, instants as ISO-8601 text, plus the
 * segmented search fields. The schema is the one list of fields; {@code articles-index.json} maps
 * exactly these (a test checks), and the feed reads a stored document back into the record it came from.
 */
public final class ArticleDocument {

    /** The title segmented into words (smartcn), what full-text search matches; not in {@code _source}. */
    public static final String TITLE_TERMS = "title_terms";
    /** The text segmented the same way; not in {@code _source}. */
    public static final String TEXT_TERMS = "text_terms";

    /** The record's fields that queries name, by the naming rule. */
    public static final String ID = name("id");

    public static final String TITLE = name("title");
    public static final String TEXT = name("text");
    public static final String HTML = name("html");
    public static final String CATEGORY = name("category");
    public static final String TAGS = name("tags");
    public static final String PUBLISHED_AT = name("publishedAt");
    public static final String INGESTED_AT = name("ingestedAt");

    private static final SpecificData MODEL = SpecificData.getForClass(EnrichedArticle.class);

    private final Map<String, Object> source;

    private ArticleDocument(Map<String, Object> source) {
        this.source = Collections.unmodifiableMap(source);
    }

    /** The {@code _source} to write, unmodifiable. */
    public Map<String, Object> source() {
        return source;
    }

    /** The document of an article: its record's fields and its title and text segmented by {@code segmenter}. */
    public static ArticleDocument of(EnrichedArticle article, Segmenter segmenter) {
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) write(article, EnrichedArticle.getClassSchema());
        source.put(TITLE_TERMS, segmenter.terms(article.getTitle()));
        source.put(TEXT_TERMS, segmenter.terms(article.getText()));
        return new ArticleDocument(source);
    }

    /**
     * The record a stored document was written from. A field the document lacks (written before the field
     * existed) takes the schema's default; names the schema does not know are ignored.
     *
     * @throws IllegalArgumentException when a field without a default is missing
     */
    public static EnrichedArticle read(JsonNode source) {
        return (EnrichedArticle) read(source, EnrichedArticle.getClassSchema());
    }

    /** The document's name of a record field: the field's name in snake case. */
    public static String name(String field) {
        StringBuilder name = new StringBuilder(field.length() + 4);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static Object write(Object value, Schema schema) {
        if (value == null) {
            return null;
        }
        return switch (schema.getType()) {
            case UNION -> write(value, schema.getTypes().get(MODEL.resolveUnion(schema, value)));
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) value;
                Map<String, Object> object = new LinkedHashMap<>();
                for (Schema.Field field : schema.getFields()) {
                    object.put(name(field.name()), write(record.get(field.pos()), field.schema()));
                }
                yield object;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (Object item : (Iterable<?>) value) {
                    list.add(write(item, schema.getElementType()));
                }
                yield list;
            }
            case ENUM, STRING -> value.toString();
            case LONG -> value instanceof Instant instant ? instant.toString() : value;
            case INT, BOOLEAN, DOUBLE, FLOAT -> value;
            default -> throw new IllegalStateException("no document form for Avro " + schema.getType());
        };
    }

    private static Object read(JsonNode node, Schema schema) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (schema.isNullable()) {
                return null;
            }
            throw new IllegalArgumentException("a document lacks a value of " + schema);
        }
        return switch (schema.getType()) {
            case UNION ->
                read(
                        node,
                        schema.getTypes().stream()
                                .filter(type -> type.getType() != Schema.Type.NULL)
                                .findFirst()
                                .orElseThrow());
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) MODEL.newRecord(null, schema);
                for (Schema.Field field : schema.getFields()) {
                    JsonNode value = node.get(name(field.name()));
                    record.put(
                            field.pos(),
                            value == null && field.hasDefaultValue()
                                    ? MODEL.deepCopy(field.schema(), MODEL.getDefaultValue(field))
                                    : readField(value, field));
                }
                yield record;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                node.forEach(item -> list.add(read(item, schema.getElementType())));
                yield list;
            }
            case ENUM -> MODEL.createEnum(node.asText(), schema);
            case STRING -> node.asText();
            case LONG ->
                schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                        ? Instant.parse(node.asText())
                        : node.asLong();
            case INT -> node.asInt();
            case BOOLEAN -> node.asBoolean();
            case DOUBLE -> node.asDouble();
            case FLOAT -> (float) node.asDouble();
            default -> throw new IllegalStateException("no document form for Avro " + schema.getType());
        };
    }

    private static Object readField(JsonNode value, Schema.Field field) {
        try {
            return read(value, field.schema());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("document field " + name(field.name()) + ": " + e.getMessage(), e);
        }
    }
}
