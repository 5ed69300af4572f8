package dev.feedpipe.feed.syndication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.feedpipe.feed.page.SiteLinks;
import dev.feedpipe.feed.query.Articles;
import dev.feedpipe.schema.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), serialised by Jackson. Names
 * follow that spec, not the API's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        List<Author> authors,
        List<Item> items) {

    public static final String MEDIA_TYPE = "application/feed+json";
    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    public record Author(String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String id,
            String url,
            @JsonProperty("external_url") String externalUrl,
            String title,
            @JsonProperty("content_text") String contentText,
            String summary,
            @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified,
            List<Author> authors,
            List<String> tags,
            String language) {}

    public static JsonFeed of(Subscription subscription) {
        SiteLinks links = subscription.links();
        return new JsonFeed(
                VERSION,
                subscription.title(),
                links.home(),
                links.feed(SiteLinks.JSON_FEED_PATH, subscription.categories(), subscription.tag()),
                List.of(new Author(SiteLinks.SITE_NAME)),
                subscription.articles().stream()
                        .map(article -> item(article, links))
                        .toList());
    }

    private static Item item(EnrichedArticle article, SiteLinks links) {
        List<String> tags = new ArrayList<>();
        tags.add(article.getCategory());
        tags.addAll(article.getTags());
        return new Item(
                article.getId(),
                links.article(article.getId()),
                SiteLinks.externalLink(article.getSourceUrl()).orElse(null),
                article.getTitle(),
                article.getSummary(),
                article.getSummary(),
                article.getPublishedAt() == null
                        ? null
                        : article.getPublishedAt().toString(),
                Articles.lastChanged(article) == null
                        ? null
                        : Articles.lastChanged(article).toString(),
                article.getAuthor() == null || article.getAuthor().isBlank()
                        ? null
                        : List.of(new Author(article.getAuthor())),
                tags,
                article.getLanguage());
    }
}
