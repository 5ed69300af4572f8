package dev.feedpipe.stack;

import dev.feedpipe.schema.ArticleSerdes;

/**
 * How clients reach a running stack.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param registryUrl base URL of the schema registry (without API path)
 * @param elasticsearchUrl base URL of Elasticsearch
 */
public record StackEndpoints(String bootstrapServers, String registryUrl, String elasticsearchUrl) {

    /** The registry's Confluent-compatible API. */
    public String confluentCompatibleUrl() {
        return registryUrl + "/apis/ccompat/v7";
    }

    public ArticleSerdes serdes() {
        return ArticleSerdes.forRegistryBase(registryUrl);
    }
}
