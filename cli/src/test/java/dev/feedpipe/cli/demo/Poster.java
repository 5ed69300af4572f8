package dev.feedpipe.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedpipe.bench.pipeline.ArticleGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts generated articles (about 3 KB each) to the ingest API from a few clients at full speed,
 * remembering which ids were acknowledged (202), which were refused as unavailable (503) and anything
 * else (a failure of the test).
 */
final class Poster {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger unavailable = new AtomicInteger();
    final List<String> failures = new CopyOnWriteArrayList<>();
    private final String ingest;
    private final String idPrefix;
    private final int articles;
    private final int clients;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pool;

    Poster(String ingest, String idPrefix, int articles, int clients) {
        this.ingest = ingest;
        this.idPrefix = idPrefix;
        this.articles = articles;
        this.clients = clients;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    void start() {
        for (int client = 0; client < clients; client++) {
            int first = client;
            pool.submit(() -> {
                ArticleGenerator generator = new ArticleGenerator(first);
                for (int i = first; i < articles; i += clients) {
                    post(idPrefix + i, generator.article(i, 3000));
                }
            });
        }
        pool.shutdown();
    }

    private void post(String id, String body) {
        ObjectNode article =
                JSON.createObjectNode().put("id", id).put("title", "故障测试 " + id).put("body", body);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(ingest + "/api/articles"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(article.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            switch (response.statusCode()) {
                case 202 -> acknowledged.add(id);
                case 503 -> unavailable.incrementAndGet();
                default -> failures.add(id + ": " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            failures.add(id + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every article was posted; false when the time ran out. */
    boolean finish(Duration timeout) throws InterruptedException {
        return pool.awaitTermination(timeout.toSeconds(), TimeUnit.SECONDS);
    }
}
