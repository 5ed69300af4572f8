package dev.feedpipe.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The one way our code opens an Elasticsearch client: from {@code elasticsearch.url}, one node's base URL
 * or a comma-separated list of a cluster's nodes (the client spreads requests over them and skips a dead
 * one).
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {}

    public static ElasticsearchClient of(String urls) {
        List<URI> hosts = hosts(urls);
        return ElasticsearchClient.of(b -> b.hosts(hosts));
    }

    /** The nodes of {@code urls}, in their order; blanks between commas are ignored. */
    static List<URI> hosts(String urls) {
        List<URI> hosts = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(URI::create)
                .toList();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no Elasticsearch URL in '" + urls + "'");
        }
        return hosts;
    }
}
