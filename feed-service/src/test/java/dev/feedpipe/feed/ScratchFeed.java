package dev.feedpipe.feed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.stack.StackEndpoints;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A feed service on a scratch articles index holding the given documents; closing removes both. */
final class ScratchFeed implements AutoCloseable {

    final ElasticsearchClient client;
    final ArticleIndex index;
    final FeedService service;
    /** The service's base URL, without a trailing slash. */
    final String base;

    private ScratchFeed(ElasticsearchClient client, ArticleIndex index, FeedService service) {
        this.client = client;
        this.index = index;
        this.service = service;
        this.base = "http://127.0.0.1:" + service.port();
    }

    static ScratchFeed start(StackEndpoints stack, String name, List<EnrichedArticle> documents) throws IOException {
        return start(stack, name, documents, Map.of());
    }

    /** @param settings further FEEDPIPE_FEED_* settings of the service */
    static ScratchFeed start(
            StackEndpoints stack, String name, List<EnrichedArticle> documents, Map<String, String> settings)
            throws IOException {
        ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl());
        ArticleIndex index = new ArticleIndex("it-" + name + "-" + UUID.randomUUID());
        FeedFixtures.index(client, index, documents);
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("FEEDPIPE_ELASTICSEARCH_URL", stack.elasticsearchUrl());
        environment.put("FEEDPIPE_FEED_HTTP_PORT", "0");
        environment.put("FEEDPIPE_INDEX_NAME", index.readAlias());
        return new ScratchFeed(client, index, new FeedService(FeedConfig.load(environment)));
    }

    @Override
    public void close() throws IOException {
        service.close();
        client.indices().delete(d -> d.index(index.version(1)));
        client.close();
    }
}
