package dev.feedpipe.feed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.config.ServiceMain;
import dev.feedpipe.feed.http.FeedApi;
import dev.feedpipe.feed.query.FeedSearch;
import dev.feedpipe.ops.ServiceMetrics;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.search.FullTextQuery;
import dev.feedpipe.search.Segmenter;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import org.slf4j.LoggerFactory;

/** Serves the LATEST UPDATES page and the feed API. */
public final class FeedService implements AutoCloseable {

    private final ElasticsearchClient client;
    private final Javalin app;

    public FeedService(FeedConfig config) {
        PrometheusMeterRegistry metrics = ServiceMetrics.registry();
        client = ElasticsearchClients.of(config.elasticsearchUrl());
        FeedSearch search = new FeedSearch(client, config.indexName(), new FullTextQuery(new Segmenter()));
        app = new FeedApi(config, search, metrics, new ObjectMapper()).create();
        app.start(config.httpHost(), config.httpPort());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        try {
            client.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    public static void main(String[] args) {
        FeedConfig config = ServiceMain.config("feed-service", FeedConfig::load);
        FeedService service = ServiceMain.start("feed-service", () -> new FeedService(config));
        LoggerFactory.getLogger(FeedService.class)
                .info(
                        "feed-service: LATEST UPDATES on http://{}:{}/ (index {} at {})",
                        config.httpHost(),
                        service.port(),
                        config.indexName(),
                        config.elasticsearchUrl());
    }
}
