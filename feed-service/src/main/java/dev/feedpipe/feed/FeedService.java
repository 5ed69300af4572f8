package dev.feedpipe.feed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.config.InvalidSettingException;
import dev.feedpipe.feed.http.FeedApi;
import dev.feedpipe.feed.query.FeedSearch;
import dev.feedpipe.search.FullTextQuery;
import dev.feedpipe.search.Segmenter;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;

/** Serves the LATEST UPDATES page and the feed API. */
public final class FeedService implements AutoCloseable {

    private final ElasticsearchClient client;
    private final Javalin app;

    public FeedService(FeedConfig config) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        client = ElasticsearchClient.of(b -> b.host(config.elasticsearchUrl()));
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
        FeedConfig config;
        try {
            config = FeedConfig.load(System.getenv());
        } catch (InvalidSettingException e) {
            System.err.println("feed-service: " + e.getMessage());
            System.exit(2);
            return;
        }
        FeedService service;
        try {
            service = new FeedService(config);
        } catch (RuntimeException e) {
            // Clients started before the failure keep non-daemon threads: exit instead of hanging half-started.
            System.err.println("feed-service: cannot start: " + e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "feed-shutdown"));
        System.out.printf("feed-service: LATEST UPDATES on http://%s:%d/ (index %s at %s)%n", config.httpHost(),
                service.port(), config.indexName(), config.elasticsearchUrl());
    }
}
