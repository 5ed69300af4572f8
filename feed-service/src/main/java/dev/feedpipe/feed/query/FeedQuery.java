package dev.feedpipe.feed.query;

import dev.feedpipe.extract.ArticleDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated feed request.
 *
 * @param categories entries in any of these categories (empty: all)
 * @param tag entries with this tag, or null
 * @param from entries published on or after this day (UTC), or null
 * @param to entries published on or before this day (UTC), or null
 * @param text what the reader searched for, or null
 * @param size entries per page, 1 to 100
 * @param cursor where the previous page ended, or null for the first page
 */
public record FeedQuery(
        List<String> categories, String tag, LocalDate from, LocalDate to, String text, int size, Cursor cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 500;

    public FeedQuery {
        categories = List.copyOf(categories);
    }

    /** Reads the query parameters; every bad one gets an {@link InvalidParameterException} naming it. */
    public static FeedQuery parse(Map<String, List<String>> parameters) {
        List<String> categories = parameters.getOrDefault("category", List.of()).stream()
                .filter(c -> !c.isBlank())
                .map(String::strip)
                .toList();
        LocalDate from = date(single(parameters, "from"), "from");
        LocalDate to = date(single(parameters, "to"), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "is after to");
        }
        String text = single(parameters, "q");
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidParameterException("q", "is longer than " + MAX_TEXT + " characters");
        }
        String cursor = single(parameters, "cursor");
        return new FeedQuery(
                categories,
                single(parameters, "tag"),
                from,
                to,
                text == null || text.isBlank() ? null : text,
                size(single(parameters, "size")),
                cursor == null ? null : Cursor.decode(cursor));
    }

    /**
     * What a feed subscription may filter by (category, tag, from, to), with a fixed size: a reader's feed
     * is the newest entries, so cursors and text search do not apply.
     */
    public static FeedQuery subscription(Map<String, List<String>> parameters, int size) {
        FeedQuery query = parse(parameters);
        return new FeedQuery(query.categories(), query.tag(), query.from(), query.to(), null, size, null);
    }

    /** The same filters, any category: what the category chips count over. */
    public FeedQuery withoutCategories() {
        return new FeedQuery(List.of(), tag, from, to, text, size, null);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, "may be given once");
        }
        return values.get(0).strip();
    }

    private static LocalDate date(String value, String name) {
        if (value == null) {
            return null;
        }
        return ArticleDates.parseDay(value)
                .orElseThrow(() -> new InvalidParameterException(
                        name, "must be a date like 2026-01-11 (" + ArticleDates.RANGE + ")"));
    }

    private static int size(String value) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("size", "must be a whole number from 1 to " + MAX_SIZE);
    }
}
