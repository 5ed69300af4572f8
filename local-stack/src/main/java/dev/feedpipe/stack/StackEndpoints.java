package dev.feedpipe.stack;

import dev.feedpipe.schema.ArticleSerdes;

/**
 * How clients reach a running stack.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param registryUrl base URL of the schema registry (without API path)
 * @param elasticsearchUrl base URL of Elasticsearch, or the comma-separated base URLs of its nodes (what
 *     {@code elasticsearch.url} takes)
 */
public record StackEndpoints(String bootstrapServers, String registryUrl, String elasticsearchUrl) {

    /** The registry's Confluent-compatible API. */
    public String confluentCompatibleUrl() {
        return registryUrl + "/apis/ccompat/v7";
    }

    /** The base URL of the first Elasticsearch node, for plain HTTP requests that need one address. */
    public String elasticsearchNode() {
        int comma = elasticsearchUrl.indexOf(',');
        return comma < 0 ? elasticsearchUrl : elasticsearchUrl.substring(0, comma);
    }

    public ArticleSerdes serdes() {
        return ArticleSerdes.forRegistryBase(registryUrl);
    }
}
