package dev.feedpipe.feed.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Index documents as the feed API presents them: what the dashboard shows, text only. */
final class FeedEntries {

    private FeedEntries() {
    }

    static Map<String, Object> of(JsonNode source, Map<String, List<String>> highlight) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", source.path("id").asText());
        entry.put("title", source.path("title").asText());
        entry.put("category", source.path("category").asText());
        entry.put("categorySource", source.path("category_source").asText(null));
        entry.put("summarySource", source.path("summary_source").asText("TEXT"));
        String published = source.path("published_at").asText(null);
        entry.put("date", published == null ? null : Instant.parse(published).atZone(ZoneOffset.UTC).toLocalDate().toString());
        entry.put("publishedAt", published);
        entry.put("summary", source.path("summary").asText());
        entry.put("tags", strings(source.path("tags")));
        entry.put("language", source.path("language").asText(null));
        entry.put("author", source.path("author").asText(null));
        entry.put("revision", source.path("revision").asLong());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("codeBlocks", source.path("code_block_count").asInt());
        counts.put("formulas", source.path("formula_count").asInt());
        counts.put("inlineMath", source.path("inline_math_count").asInt());
        counts.put("images", source.path("image_count").asInt());
        counts.put("links", source.path("link_count").asInt());
        counts.put("words", source.path("word_count").asInt());
        counts.put("readingMinutes", source.path("reading_minutes").asInt());
        entry.put("counts", counts);
        if (highlight != null && !highlight.isEmpty()) {
            Map<String, Object> highlights = new LinkedHashMap<>();
            highlight.forEach((field, fragments) -> highlights.put(field, fragments.stream().map(FeedEntries::segments).toList()));
            entry.put("highlights", highlights);
        }
        return entry;
    }

    /** One article with its whole text, keywords and source. */
    static Map<String, Object> full(JsonNode source) {
        Map<String, Object> entry = of(source, Map.of());
        entry.put("text", source.path("text").asText());
        entry.put("keywords", strings(source.path("keywords")));
        entry.put("codeLanguages", strings(source.path("code_languages")));
        entry.put("sourceUrl", source.path("source_url").asText(null));
        entry.put("extractorVersion", source.path("extractor_version").asText(null));
        return entry;
    }

    /**
     * A highlighted fragment as alternating segments, {@code {"text": ..., "match": true|false}}, so the
     * page can mark matches without ever treating article text as markup.
     */
    static List<Map<String, Object>> segments(String fragment) {
        List<Map<String, Object>> segments = new ArrayList<>();
        int position = 0;
        while (position < fragment.length()) {
            int start = fragment.indexOf(FeedSearch.MARK_START, position);
            if (start < 0) {
                segments.add(segment(fragment.substring(position), false));
                break;
            }
            if (start > position) {
                segments.add(segment(fragment.substring(position, start), false));
            }
            int end = fragment.indexOf(FeedSearch.MARK_END, start);
            if (end < 0) {
                end = fragment.length();
            }
            segments.add(segment(fragment.substring(start + 1, end), true));
            position = end + 1;
        }
        return segments;
    }

    private static Map<String, Object> segment(String text, boolean match) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("text", text);
        segment.put("match", match);
        return segment;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
