package dev.feedpipe.feed.query;

import dev.feedpipe.schema.EnrichedArticle;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Index documents as the feed API presents them: what the dashboard shows, text only. */
final class FeedEntries {

    private FeedEntries() {}

    static Map<String, Object> of(EnrichedArticle article, Map<String, List<String>> highlight) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", article.getId());
        entry.put("title", article.getTitle());
        entry.put("category", article.getCategory());
        entry.put("categorySource", article.getCategorySource());
        entry.put("summarySource", article.getSummarySource());
        entry.put(
                "date",
                article.getPublishedAt() == null
                        ? null
                        : article.getPublishedAt()
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString());
        entry.put(
                "publishedAt",
                article.getPublishedAt() == null
                        ? null
                        : article.getPublishedAt().toString());
        entry.put("summary", article.getSummary());
        entry.put("tags", article.getTags());
        entry.put("language", article.getLanguage());
        entry.put("author", article.getAuthor());
        entry.put("revision", article.getRevision());
        entry.put("counts", Articles.Counts.of(article));
        entry.put("placeholders", Articles.placeholders(article).orElse(null));
        if (highlight != null && !highlight.isEmpty()) {
            Map<String, Object> highlights = new LinkedHashMap<>();
            highlight.forEach((field, fragments) -> highlights.put(
                    field, fragments.stream().map(FeedEntries::segments).toList()));
            entry.put("highlights", highlights);
        }
        return entry;
    }

    /** One article with its whole text, keywords and source. */
    static Map<String, Object> full(EnrichedArticle article) {
        Map<String, Object> entry = of(article, Map.of());
        entry.put("text", article.getText());
        entry.put("html", Articles.pageHtml(article));
        entry.put("keywords", article.getKeywords());
        entry.put("codeLanguages", Articles.codeLanguages(article));
        entry.put("sourceUrl", article.getSourceUrl());
        entry.put("image", Articles.image(article).orElse(null));
        entry.put("extractorVersion", article.getExtractorVersion());
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
