package dev.feedpipe.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.feedpipe.ingest.IngestConfig;
import dev.feedpipe.ingest.publish.ArticlePublisher;
import dev.feedpipe.ingest.publish.PublishUnavailableException;
import dev.feedpipe.ingest.publish.Receipt;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.RawArticle;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP layer against a recording publisher (the Kafka side has its own IT). */
class IngestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;
    private String base;

    @BeforeEach
    void start() {
        startWith(IngestConfig.load(Map.of(
                "FEEDPIPE_INGEST_MAX_BATCH_ITEMS",
                "3",
                "FEEDPIPE_INGEST_MAX_BODY_BYTES",
                "4096",
                "FEEDPIPE_INGEST_HTTP_PORT",
                "0")));
    }

    private void startWith(IngestConfig config) {
        if (app != null) {
            app.stop();
        }
        Clock clock = Clock.fixed(Instant.parse("2026-01-11T00:00:00Z"), ZoneOffset.UTC);
        app = new IngestApi(config, publisher, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), JSON, clock)
                .create()
                .start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        }
    }

    /** Issue 22: characters no output can carry, or that make a title read as something else. */
    @Test
    void charactersThatBreakOutputsAreRefusedNamingTheField() throws Exception {
        assertProblem(
                send("POST", "/api/articles", "application/json", "{\"title\":\"a\\u0000b\",\"body\":\"x\"}"),
                400,
                "title");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"author\":\"a\\u000bb\",\"body\":\"x\"}"),
                400,
                "author");
        assertProblem(
                send("POST", "/api/articles", "application/json", "{\"title\":\"t\\uffff\",\"body\":\"x\"}"),
                400,
                "title");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"tags\":[\"ok\",\"b\\u0001\"],\"body\":\"x\"}"),
                400,
                "tags");
        assertProblem(
                send("POST", "/api/articles", "application/json", "{\"title\":\"a\\ud800b\",\"body\":\"x\"}"),
                400,
                "title");
        assertProblem(
                send("POST", "/api/articles", "application/json", "{\"title\":\"t\",\"body\":\"x\\udc00\"}"),
                400,
                "body");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"report\\u202efdp.exe\",\"body\":\"x\"}"),
                400,
                "title");
        assertProblem(send("POST", "/api/articles", "text/markdown", "---\ntitle: a\u000bb\n---\nx"), 400, "title");
        assertThat(publisher.published).isEmpty();

        // what stays allowed: tabs and line breaks in a body, marks of right-to-left text, emoji
        assertThat(send(
                                "POST",
                                "/api/articles",
                                "application/json",
                                "{\"title\":\"שלום \\u200f 😀\",\"body\":\"a\\tb\\nc\\u000cd\"}")
                        .statusCode())
                .isEqualTo(202);
        assertThat(publisher.published.get(0).getTitle()).isEqualTo("שלום \u200f 😀");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedInsteadOfSilentlyReplaced() throws Exception {
        byte[] latin1 = "# Caf\u00e9\n\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Content-Type", "text/markdown")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 400, "body");
        assertThat(publisher.published).isEmpty();
    }

    /** Issue 22: a proxy that lets only GET through must not see a GET become a DELETE. */
    @Test
    void theMethodOverrideHeaderIsIgnored() throws Exception {
        HttpResponse<String> get = send("GET", "/api/articles/a1", null, null, "X-HTTP-Method-Override", "DELETE");
        assertProblem(get, 405, null);
        HttpResponse<String> post = send(
                "POST",
                "/api/articles",
                "application/json",
                "{\"id\":\"a1\",\"title\":\"t\",\"body\":\"x\"}",
                "X-HTTP-Method-Override",
                "DELETE");
        assertThat(post.statusCode()).isEqualTo(202);
        HttpResponse<String> put = send(
                "POST",
                "/api/articles/a1",
                "application/json",
                "{\"title\":\"t\",\"body\":\"x\"}",
                "X-HTTP-Method-Override",
                "PUT");
        assertProblem(put, 405, null);

        assertThat(publisher.deleted).isEmpty();
        assertThat(publisher.published).extracting(RawArticle::getId).containsExactly("a1");
    }

    /** Issue 22: problem bodies were ISO-8859-1 ("no article with id '??'"). */
    @Test
    void problemsAreUtf8AndSayItsCharset() throws Exception {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/articles/%E4%B8%AD%E6%96%87%C2%81"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        String body = StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(response.body()))
                .toString();
        assertThat(JSON.readTree(body).get("detail").asText()).contains("'中文\u0081'");
    }

    /** Issue 22: year 0 was accepted on write and refused by the feed's filters. */
    @Test
    void datesOutsideTheYearsOneTo9999AreRefused() throws Exception {
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"x\",\"publishedAt\":\"0000-01-01\"}"),
                400,
                "publishedAt");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"x\",\"publishedAt\":\"-0001-12-31T00:00:00Z\"}"),
                400,
                "publishedAt");
        assertProblem(
                send("POST", "/api/articles", "text/markdown", "---\ntitle: t\ndate: 0000-06-01\n---\nx"),
                400,
                "publishedAt");
        assertThat(publisher.published).isEmpty();
        assertThat(send(
                                "POST",
                                "/api/articles",
                                "application/json",
                                "{\"title\":\"t\",\"body\":\"x\",\"publishedAt\":\"0001-01-01\"}")
                        .statusCode())
                .isEqualTo(202);
    }

    @Test
    void aJsonArticleIsPublishedAndAnsweredWithWhereKafkaStoredIt() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/articles",
                "application/json",
                "{\"id\":\"a1\",\"title\":\"标题\",\"body\":\"正文\",\"tags\":[\"t\"]}");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("id").asText()).isEqualTo("a1");
        assertThat(answer.get("revision").asLong())
                .isEqualTo(Instant.parse("2026-01-11T00:00:00Z").toEpochMilli());
        assertThat(answer.get("topic").asText()).isEqualTo("articles.raw");
        assertThat(answer.get("offset").asLong()).isZero();
        RawArticle article = publisher.published.get(0);
        assertThat(article.getTitle()).isEqualTo("标题");
        assertThat(article.getFormat()).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(article.getTags()).containsExactly("t");
    }

    @Test
    void markdownAndHtmlBodiesAreAccepted() throws Exception {
        assertThat(send("POST", "/api/articles?category=LLM", "text/markdown; charset=utf-8", "---\ntitle: 前言\n---\n正文")
                        .statusCode())
                .isEqualTo(202);
        assertThat(send("POST", "/api/articles", "text/html", "<p>x</p>", "X-Article-Title", "%E6%A0%87%E9%A2%98")
                        .statusCode())
                .isEqualTo(202);
        assertThat(publisher.published).extracting(RawArticle::getTitle).containsExactly("前言", "标题");
        assertThat(publisher.published.get(0).getCategory()).isEqualTo("LLM");
        assertThat(publisher.published.get(1).getFormat()).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndPublishesNothing() throws Exception {
        assertProblem(send("POST", "/api/articles", "application/json", "{\"body\":\"x\"}"), 400, "title");
        assertProblem(send("POST", "/api/articles", "application/json", "{\"title\":\"t\"}"), 400, "body");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"b\",\"format\":\"DOC\"}"),
                400,
                "format");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"soon\"}"),
                400,
                "publishedAt");
        assertProblem(send("POST", "/api/articles", "application/json", "{\"title\":"), 400, "$");
        assertProblem(send("POST", "/api/articles", "application/pdf", "%PDF"), 415, "Content-Type");
        assertProblem(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"" + "x".repeat(5000) + "\"}"),
                413,
                "body");
        assertProblem(send("GET", "/api/nothing", null, null), 404, null);
        assertProblem(send("PATCH", "/api/articles/a1", "application/json", "{}"), 405, null);
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void aBatchIsAnsweredPerItem() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/articles/batch",
                "application/x-ndjson",
                "{\"title\":\"一\",\"body\":\"b\"}\n{\"title\":\n{\"body\":\"no title\"}\n");

        assertThat(response.statusCode()).isEqualTo(207);
        JsonNode results = json(response).get("results");
        assertThat(results).extracting(result -> result.get("status").asInt()).containsExactly(202, 400, 400);
        assertThat(results.get(2)
                        .get("problem")
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("title");
        assertThat(publisher.published).hasSize(1);

        HttpResponse<String> all = send(
                "POST",
                "/api/articles/batch",
                "application/json",
                "[{\"title\":\"a\",\"body\":\"b\"},{\"title\":\"c\",\"body\":\"d\"}]");
        assertThat(all.statusCode()).isEqualTo(202);
    }

    @Test
    void tooManyItemsInABatchIs413AndPublishesNothing() throws Exception {
        String items = "[" + "{\"title\":\"a\",\"body\":\"b\"},".repeat(3) + "{\"title\":\"a\",\"body\":\"b\"}]";
        assertProblem(send("POST", "/api/articles/batch", "application/json", items), 413, "items");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void putTakesTheIdFromThePathAndRefusesAnotherOne() throws Exception {
        assertThat(send("PUT", "/api/articles/p-1", "application/json", "{\"title\":\"t\",\"body\":\"b\"}")
                        .statusCode())
                .isEqualTo(202);
        assertThat(publisher.published.get(0).getId()).isEqualTo("p-1");
        assertProblem(
                send("PUT", "/api/articles/p-1", "application/json", "{\"id\":\"p-2\",\"title\":\"t\",\"body\":\"b\"}"),
                400,
                "id");
    }

    @Test
    void deletePublishesATombstone() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/articles/gone", null, null);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("deleted").asBoolean()).isTrue();
        assertThat(json(response).get("revision").asLong()).isPositive();
        assertThat(send("DELETE", "/api/articles/gone?revision=7", null, null).statusCode())
                .isEqualTo(202);
        assertThat(publisher.deleted)
                .hasSize(2)
                .startsWith("gone@" + json(response).get("revision").asLong())
                .endsWith("gone@7");
        assertProblem(send("DELETE", "/api/articles/gone?revision=x", null, null), 400, "revision");
    }

    @Test
    void withATokenConfiguredWritesNeedIt() throws Exception {
        startWith(IngestConfig.load(Map.of("FEEDPIPE_INGEST_HTTP_PORT", "0", "FEEDPIPE_INGEST_TOKEN", "s3cret")));
        String article = "{\"title\":\"t\",\"body\":\"b\"}";

        assertProblem(send("POST", "/api/articles", "application/json", article), 401, "Authorization");
        assertProblem(
                send("POST", "/api/articles", "application/json", article, "Authorization", "Bearer wrong"), 401, null);
        assertProblem(send("DELETE", "/api/articles/x", null, null), 401, null);
        assertThat(send("POST", "/api/articles", "application/json", article, "Authorization", "Bearer s3cret")
                        .statusCode())
                .isEqualTo(202);
        assertThat(send("GET", "/health/live", null, null).statusCode()).isEqualTo(200);
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void whenKafkaIsUnavailableTheAnswerIs503WithRetryAfter() throws Exception {
        publisher.available = false;
        HttpResponse<String> response =
                send("POST", "/api/articles", "application/json", "{\"title\":\"t\",\"body\":\"b\"}");
        assertProblem(response, 503, null);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(503);
    }

    @Test
    void openApiHealthAndMetricsAreServed() throws Exception {
        send("POST", "/api/articles", "application/json", "{\"title\":\"t\",\"body\":\"b\"}");
        assertThat(json(send("GET", "/api/openapi.json", null, null))
                        .get("paths")
                        .has("/api/articles/batch"))
                .isTrue();
        assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
        String metrics = send("GET", "/metrics", null, null).body();
        assertThat(metrics)
                .contains("ingest_articles_published_total 1.0")
                .contains("ingest_http_requests_total{")
                .contains("ingest_produce_latency_seconds");
    }

    /** Records what it is asked to publish; can pretend Kafka is down. */
    static final class RecordingPublisher implements ArticlePublisher {
        final List<RawArticle> published = new CopyOnWriteArrayList<>();
        final List<String> deleted = new CopyOnWriteArrayList<>();
        volatile boolean available = true;

        @Override
        public Receipt publish(RawArticle article) {
            failIfUnavailable();
            published.add(article);
            return new Receipt("articles.raw", 0, published.size() - 1);
        }

        @Override
        public Receipt delete(String id, long revision) {
            failIfUnavailable();
            deleted.add(id + "@" + revision);
            return new Receipt("articles.raw", 0, deleted.size() - 1);
        }

        private void failIfUnavailable() {
            if (!available) {
                throw new PublishUnavailableException("Kafka did not acknowledge within 100 ms", null);
            }
        }

        @Override
        public boolean isAvailable() {
            return available;
        }

        @Override
        public void close() {}
    }
}
