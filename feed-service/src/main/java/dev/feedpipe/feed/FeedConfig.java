package dev.feedpipe.feed;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import dev.feedpipe.config.SettingValues;
import dev.feedpipe.config.Settings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feed service's configuration, from {@code FEEDPIPE_*} environment variables.
 *
 * @param publicUrl the base URL readers reach the service at, for canonical and feed links; empty: each
 *     request's own scheme and host
 */
public record FeedConfig(
        String httpHost,
        int httpPort,
        String elasticsearchUrl,
        String indexName,
        List<String> placeholders,
        int refreshMs,
        Optional<URI> publicUrl) {

    public static FeedConfig load(Map<String, String> environment) {
        SettingValues config = Settings.read(Component.FEED, environment);
        return new FeedConfig(
                config.string(Catalog.FEED_HTTP_HOST),
                config.integer(Catalog.FEED_HTTP_PORT),
                config.string(Catalog.ELASTICSEARCH_URL),
                config.string(Catalog.INDEX_NAME),
                List.of(
                        config.string(Catalog.EXTRACT_PLACEHOLDER_CODE),
                        config.string(Catalog.EXTRACT_PLACEHOLDER_FORMULA),
                        config.string(Catalog.EXTRACT_PLACEHOLDER_MATH)),
                config.integer(Catalog.FEED_PAGE_REFRESH_MS),
                publicUrl(config.string(Catalog.FEED_PUBLIC_URL)));
    }

    private static Optional<URI> publicUrl(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        String base = value.strip();
        return Optional.of(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base));
    }
}
