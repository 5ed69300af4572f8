package dev.feedpipe.feed.query;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Index documents as the feed API presents them: what the dashboard shows, text only. */
final class FeedEntries {

    private FeedEntries() {}

    static Map<String, Object> of(Article article, Map<String, List<String>> highlight) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", article.id());
        entry.put("title", article.title());
        entry.put("category", article.category());
        entry.put("categorySource", article.categorySource());
        entry.put("summarySource", article.summarySource());
        entry.put(
                "date",
                article.publishedAt() == null
                        ? null
                        : article.publishedAt()
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString());
        entry.put(
                "publishedAt",
                article.publishedAt() == null ? null : article.publishedAt().toString());
        entry.put("summary", article.summary());
        entry.put("tags", article.tags());
        entry.put("language", article.language());
        entry.put("author", article.author());
        entry.put("revision", article.revision());
        entry.put("counts", article.counts());
        if (highlight != null && !highlight.isEmpty()) {
            Map<String, Object> highlights = new LinkedHashMap<>();
            highlight.forEach((field, fragments) -> highlights.put(
                    field, fragments.stream().map(FeedEntries::segments).toList()));
            entry.put("highlights", highlights);
        }
        return entry;
    }

    /** One article with its whole text, keywords and source. */
    static Map<String, Object> full(Article article) {
        Map<String, Object> entry = of(article, Map.of());
        entry.put("text", article.text());
        entry.put("html", article.pageHtml());
        entry.put("keywords", article.keywords());
        entry.put("codeLanguages", article.codeLanguages());
        entry.put("sourceUrl", article.sourceUrl());
        entry.put("extractorVersion", article.extractorVersion());
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
}
