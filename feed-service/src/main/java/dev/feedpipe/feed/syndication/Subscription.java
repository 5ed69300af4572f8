package dev.feedpipe.feed.syndication;

import dev.feedpipe.feed.page.SiteLinks;
import dev.feedpipe.feed.query.Articles;
import dev.feedpipe.schema.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a feed reader gets: the newest articles under the reader's filters, and where they live.
 *
 * @param articles newest first
 * @param categories the category filter (empty: all)
 * @param tag the tag filter, or null
 */
public record Subscription(List<EnrichedArticle> articles, List<String> categories, String tag, SiteLinks links) {

    public static final int SIZE = 50;

    public Subscription {
        articles = List.copyOf(articles);
        categories = List.copyOf(categories);
    }

    /** When the feed changed last; the epoch for an empty one, so that its answer stays the same. */
    public Instant updated() {
        return articles.stream()
                .map(Articles::lastChanged)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    public String title() {
        String filters =
                String.join(", ", categories) + (tag == null ? "" : (categories.isEmpty() ? "#" : ", #") + tag);
        return filters.isEmpty() ? SiteLinks.SITE_NAME : SiteLinks.SITE_NAME + " — " + filters;
    }
}
