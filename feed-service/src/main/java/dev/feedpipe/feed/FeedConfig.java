package dev.feedpipe.feed;

import dev.feedpipe.config.Settings;
import dev.feedpipe.config.SharedKeys;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The feed service's configuration, from {@code FEEDPIPE_*} environment variables.
 *
 * @param publicUrl the base URL readers reach the service at, for canonical and feed links; empty: each
 *     request's own scheme and host
 */
public record FeedConfig(String httpHost, int httpPort, String elasticsearchUrl, String indexName,
        List<String> placeholders, int refreshMs, Optional<URI> publicUrl) {

    static final String HTTP_HOST = "feed.http.host";
    static final String HTTP_PORT = "feed.http.port";
    static final String ELASTICSEARCH = SharedKeys.ELASTICSEARCH;
    static final String INDEX = SharedKeys.INDEX_NAME;
    static final String CODE_PLACEHOLDER = "extract.placeholder.code";
    static final String FORMULA_PLACEHOLDER = "extract.placeholder.formula";
    static final String MATH_PLACEHOLDER = "extract.placeholder.math";
    static final String REFRESH = "feed.page.refresh.ms";
    static final String PUBLIC_URL = "feed.public.url";

    public static final ConfigDef DEFINITION = SharedKeys.elasticsearch(new ConfigDef(), "Read alias of the articles index.")
            .define(HTTP_HOST, Type.STRING, "127.0.0.1", Importance.MEDIUM, "Address of the page and API.")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(0, 65535), Importance.HIGH,
                    "Port of the page and API (0 picks a free one).")
            .define(CODE_PLACEHOLDER, Type.STRING, "[代码]", Importance.LOW, "Placeholder the page shows as a code chip.")
            .define(FORMULA_PLACEHOLDER, Type.STRING, "[公式]", Importance.LOW, "Placeholder shown as a formula chip.")
            .define(MATH_PLACEHOLDER, Type.STRING, "[Math]", Importance.LOW, "Placeholder shown as an inline-math chip.")
            .define(REFRESH, Type.INT, 3000, Range.between(500, 600_000), Importance.LOW,
                    "How often the page looks for new articles.")
            .define(PUBLIC_URL, Type.STRING, "", FeedConfig::validatePublicUrl, Importance.MEDIUM,
                    "Base URL readers reach the feed at (https://news.example.org), used in canonical, share and "
                            + "Atom/JSON Feed links. Empty: taken from each request's Host header; set it in production.");

    public static FeedConfig load(Map<String, String> environment) {
        AbstractConfig config = Settings.parse(DEFINITION, environment);
        return new FeedConfig(config.getString(HTTP_HOST), config.getInt(HTTP_PORT), config.getString(ELASTICSEARCH),
                config.getString(INDEX), List.of(config.getString(CODE_PLACEHOLDER),
                        config.getString(FORMULA_PLACEHOLDER), config.getString(MATH_PLACEHOLDER)),
                config.getInt(REFRESH), publicUrl(config.getString(PUBLIC_URL)));
    }

    public FeedConfig withHttpPort(int port) {
        return new FeedConfig(httpHost, port, elasticsearchUrl, indexName, placeholders, refreshMs, publicUrl);
    }

    public FeedConfig withIndexName(String name) {
        return new FeedConfig(httpHost, httpPort, elasticsearchUrl, name, placeholders, refreshMs, publicUrl);
    }

    private static Optional<URI> publicUrl(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        String base = value.strip();
        return Optional.of(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base));
    }

    private static void validatePublicUrl(String name, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ConfigException(name, value,
                "must be an absolute http(s) URL without query or fragment, like https://news.example.org");
    }
}
