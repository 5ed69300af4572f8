package dev.feedpipe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.SchemaSetup;
import dev.feedpipe.stack.StackConfig;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The ingest service against the real Kafka and registry, on a scratch topic of its own. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTITIONS = 3;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String topic = "it.ingest-" + UUID.randomUUID();
    private StackEndpoints stack;
    private IngestService service;
    private String base;

    @BeforeAll
    void start(StackEndpoints endpoints) throws Exception {
        stack = endpoints;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1)))
                    .all()
                    .get();
        }
        new SchemaSetup(stack.confluentCompatibleUrl())
                .register(
                        Topics.valueSubject(topic), RawArticle.getClassSchema().toString());
        IngestConfig config = IngestConfig.load(Map.of(
                "FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS",
                stack.bootstrapServers(),
                "FEEDPIPE_REGISTRY_URL",
                stack.registryUrl(),
                "FEEDPIPE_INGEST_PRODUCE_TIMEOUT_MS",
                "4000",
                "FEEDPIPE_INGEST_HTTP_PORT",
                "0",
                "FEEDPIPE_TOPIC_RAW",
                topic));
        service = new IngestService(config);
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void everyAcceptedFormLandsOnTheTopicAndDecodesThroughTheRegistry() throws Exception {
        List<HttpResponse<String>> responses = List.of(
                send(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"id\":\"j-1\",\"revision\":5,\"title\":\"JSON 文章\",\"body\":\"正文\",\"format\":\"MARKDOWN\",\"tags\":[\"a\"],\"publishedAt\":\"2026-01-11\"}"),
                send(
                        "POST",
                        "/api/articles",
                        "text/markdown",
                        "---\nid: m-1\ntitle: Markdown 文章\ncategory: Python\n---\n# 标题\n正文"),
                send("POST", "/api/articles?id=h-1&title=HTML", "text/html", "<p>HTML 正文</p>"),
                send(
                        "POST",
                        "/api/articles/batch",
                        "application/x-ndjson",
                        "{\"id\":\"b-1\",\"title\":\"一\",\"body\":\"x\"}\n{\"id\":\"b-2\",\"title\":\"二\",\"body\":\"y\"}"),
                send(
                        "PUT",
                        "/api/articles/j-1",
                        "application/json",
                        "{\"revision\":6,\"title\":\"JSON 文章 v2\",\"body\":\"新正文\"}"),
                send("DELETE", "/api/articles/h-1", null, null));
        assertThat(responses)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(202));
        JsonNode first = JSON.readTree(responses.get(0).body());
        assertThat(first.get("topic").asText()).isEqualTo(topic);

        List<ConsumerRecord<String, RawArticle>> records = readAll(8);
        Map<String, List<RawArticle>> byId = new HashMap<>();
        records.forEach(
                r -> byId.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));

        assertThat(byId.get("j-1")).extracting(RawArticle::getRevision).containsExactly(5L, 6L);
        RawArticle json = byId.get("j-1").get(0);
        assertThat(json.getTitle()).isEqualTo("JSON 文章");
        assertThat(json.getTags()).containsExactly("a");
        assertThat(json.getPublishedAt()).isEqualTo(Instant.parse("2026-01-11T00:00:00Z"));
        RawArticle markdown = byId.get("m-1").get(0);
        assertThat(markdown.getTitle()).isEqualTo("Markdown 文章");
        assertThat(markdown.getCategory()).isEqualTo("Python");
        assertThat(markdown.getFormat()).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(byId.get("h-1").get(0).getFormat()).isEqualTo(ArticleFormat.HTML);
        assertThat(byId.get("h-1").get(1)).as("tombstone").isNull();
        assertThat(byId).containsKeys("b-1", "b-2");
    }

    @Test
    @Order(2)
    void badInputGetsItsStatusAndProducesNothing() throws Exception {
        long before = endOffsets();
        record Case(String method, String path, String type, String body, int status, String field) {}
        List<Case> cases = List.of(
                new Case("POST", "/api/articles", "application/json", "{\"body\":\"b\"}", 400, "title"),
                new Case("POST", "/api/articles", "application/json", "{\"title\":\"t\",\"body\":\"\"}", 400, "body"),
                new Case(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"b\",\"format\":\"RTF\"}",
                        400,
                        "format"),
                new Case(
                        "POST",
                        "/api/articles",
                        "application/json",
                        "{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"2026-13-45\"}",
                        400,
                        "publishedAt"),
                new Case("POST", "/api/articles", "application/json", "{not json", 400, "$"),
                new Case("POST", "/api/articles", "image/png", "\u0089PNG", 415, "Content-Type"),
                new Case("POST", "/api/articles", "text/markdown", "x".repeat(2 * 1024 * 1024 + 1), 413, "body"),
                new Case(
                        "POST",
                        "/api/articles/batch",
                        "application/json",
                        "[" + "{\"title\":\"t\",\"body\":\"b\"},".repeat(100) + "{\"title\":\"t\",\"body\":\"b\"}]",
                        413,
                        "items"));
        for (Case c : cases) {
            HttpResponse<String> response = send(c.method(), c.path(), c.type(), c.body());
            assertThat(response.statusCode())
                    .as(c.body().substring(0, Math.min(40, c.body().length())))
                    .isEqualTo(c.status());
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                    .contains(c.field());
        }
        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void thousandsOfRandomMalformedBodiesGiveNo5xxAndTheServiceStaysHealthy() throws Exception {
        Random random = new Random(11);
        String[] types = {"application/json", "text/markdown", "text/html", "application/x-ndjson", "text/plain", ""};
        String[] fragments = {
            "{",
            "}",
            "[",
            "]",
            "\"title\"",
            ":",
            ",",
            "\"body\"",
            "null",
            "1e999",
            "\"\\u0000\"",
            "---\n",
            "title: ",
            "<p>",
            "</",
            "$$",
            "\uD800",
            "\"revision\":-1",
            "\"tags\":{}",
            "\n"
        };
        long before = endOffsets();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                body.append(fragments[random.nextInt(fragments.length)]);
            }
            String path = random.nextBoolean() ? "/api/articles" : "/api/articles/batch";
            String type = types[random.nextInt(types.length)];
            HttpResponse<String> response = send("POST", path, type.isEmpty() ? null : type, body.toString());
            assertThat(response.statusCode()).as("%s %s %s", path, type, body).isLessThan(500);
        }
        assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/articles", "application/json", "{\"title\":\"still alive\",\"body\":\"b\"}")
                        .statusCode())
                .isEqualTo(202);
        assertThat(endOffsets()).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    @Order(3)
    void malformedHeadersAndQueryParametersOnEveryWriteGiveNo5xxAndWithoutTheTokenNothingPasses() throws Exception {
        IngestConfig config = IngestConfig.load(Map.of(
                "FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS",
                stack.bootstrapServers(),
                "FEEDPIPE_REGISTRY_URL",
                stack.registryUrl(),
                "FEEDPIPE_INGEST_HTTP_PORT",
                "0",
                "FEEDPIPE_TOPIC_RAW",
                topic,
                "FEEDPIPE_INGEST_TOKEN",
                "fuzz-token"));
        Random random = new Random(17);
        String[] values = {
            "100% faster",
            "%zz",
            "%",
            "%E4%B8%AD",
            "a+b",
            "C++",
            "../../etc",
            "-1",
            "9999999999999999999999",
            "2026-13-45",
            "x".repeat(300),
            "%00",
            "{}",
            "<script>",
            "Python",
            "1"
        };
        String[] fields = {"Id", "Revision", "Title", "Author", "Category", "Tags", "SourceUrl", "PublishedAt"};
        String[] paths = {"/api/articles", "/api/articles/batch", "/api/articles/fuzz-1", "/api/articles/fuzz%2F2"};
        String[] methods = {"POST", "PUT", "DELETE"};
        String[] types = {"text/markdown", "text/html", "application/json", "application/x-ndjson"};
        long before = endOffsets();
        try (IngestService guarded = new IngestService(config)) {
            String guardedBase = "http://127.0.0.1:" + guarded.port();
            for (int i = 0; i < 600; i++) {
                String method = methods[random.nextInt(methods.length)];
                String path = paths[random.nextInt(paths.length)] + "?"
                        + fields[random.nextInt(fields.length)].toLowerCase(Locale.ROOT) + "="
                        + encoded(values[random.nextInt(values.length)])
                        + (random.nextBoolean() ? "&revision=" + encoded(values[random.nextInt(values.length)]) : "");
                boolean withToken = random.nextBoolean();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(guardedBase + path))
                        .timeout(Duration.ofSeconds(30))
                        .method(method, HttpRequest.BodyPublishers.ofString("# 标题\n\n正文"))
                        .header("Content-Type", types[random.nextInt(types.length)]);
                for (int h = random.nextInt(4); h > 0; h--) {
                    request.header(
                            "X-Article-" + fields[random.nextInt(fields.length)],
                            values[random.nextInt(values.length)]);
                }
                if (withToken) {
                    request.header("Authorization", "Bearer fuzz-token");
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode())
                        .as("%s %s token=%s: %s", method, path, withToken, response.body())
                        .isLessThan(500);
                if (!withToken) {
                    assertThat(response.statusCode())
                            .as("%s %s without the token", method, path)
                            .isBetween(400, 499);
                } else if (response.statusCode() >= 400) {
                    assertThat(response.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/problem+json");
                }
            }
            HttpResponse<String> plus = http.send(
                    HttpRequest.newBuilder(URI.create(guardedBase + "/api/articles"))
                            .header("Content-Type", "text/markdown")
                            .header("Authorization", "Bearer fuzz-token")
                            .header("X-Article-Id", "plus-tag")
                            .header("X-Article-Title", "C++%20%E4%B8%AD")
                            .POST(HttpRequest.BodyPublishers.ofString("正文"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plus.statusCode()).isEqualTo(202);
            HttpResponse<String> percent = http.send(
                    HttpRequest.newBuilder(URI.create(guardedBase + "/api/articles"))
                            .header("Content-Type", "text/markdown")
                            .header("Authorization", "Bearer fuzz-token")
                            .header("X-Article-Title", "100% faster")
                            .POST(HttpRequest.BodyPublishers.ofString("正文"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(percent.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(percent.body()).get("errors").findValuesAsText("field"))
                    .contains("X-Article-Title");
        }
        List<ConsumerRecord<String, RawArticle>> all = readAll((int) (endOffsets()));
        assertThat(all)
                .filteredOn(r -> "plus-tag".equals(r.key()))
                .singleElement()
                .satisfies(r -> assertThat(r.value().getTitle()).isEqualTo("C++ 中"));
        assertThat(endOffsets()).isGreaterThan(before);
    }

    @Test
    @Order(4)
    void aFiftyMebibyteChunkedUploadIsAnswered413WithoutTheHeapHoldingIt(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // 64 MiB of heap: holding a 50 MiB body (and its copies) would not fit
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestService.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ingest.log").toFile());
        builder.environment()
                .putAll(Map.of(
                        "FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS",
                        stack.bootstrapServers(),
                        "FEEDPIPE_REGISTRY_URL",
                        stack.registryUrl(),
                        "FEEDPIPE_TOPIC_RAW",
                        topic,
                        "FEEDPIPE_INGEST_HTTP_PORT",
                        Integer.toString(port)));
        Process ingest = builder.start();
        try {
            String url = "http://127.0.0.1:" + port;
            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions()
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(URI.create(url + "/health/live"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200);
            for (int upload = 0; upload < 3; upload++) {
                assertThat(chunkedUpload(port, 50L * 1024 * 1024)).startsWith("HTTP/1.1 413");
            }
            assertThat(ingest.isAlive()).as("no OutOfMemoryError").isTrue();
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    "{\"title\":\"after the upload\",\"body\":\"b\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(202);
            assertThat(Files.readString(dir.resolve("ingest.log"))).doesNotContain("OutOfMemoryError");
        } finally {
            ingest.destroyForcibly().waitFor();
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Streams a chunked body of the given size and returns the status line, however early it comes. */
    private static String chunkedUpload(int port, long bytes) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            Thread writer = new Thread(() -> {
                try {
                    var out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
                    out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/markdown\r\n"
                                    + "Transfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = "正文".repeat(10_000).getBytes(StandardCharsets.UTF_8);
                    byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    for (long sent = 0; sent < bytes; sent += chunk.length) {
                        out.write(header);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the upload ended: expected
                }
            });
            writer.start();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            socket.close();
            writer.join(60_000);
            return status;
        }
    }

    @Test
    @Order(5)
    void withKafkaStoppedWritesGet503WithRetryAfterAndSucceedOnceItIsBack() throws Exception {
        LocalStack localStack = new LocalStack(StackConfig.load(ProjectRoot.find(), System.getenv()), System.out);
        localStack.stop("kafka");
        try {
            HttpResponse<String> refused =
                    send("POST", "/api/articles", "application/json", "{\"title\":\"during outage\",\"body\":\"b\"}");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> send("GET", "/health/ready", null, null).statusCode() == 503);

            // A batch gives up on the rest once Kafka failed one item: answered within one produce timeout (4 s).
            String batch = "[" + String.join(",", Collections.nCopies(100, "{\"title\":\"t\",\"body\":\"b\"}")) + "]";
            long started = System.nanoTime();
            HttpResponse<String> batchAnswer = send("POST", "/api/articles/batch", "application/json", batch);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(batchAnswer.statusCode()).isEqualTo(207);
            assertThat(JSON.readTree(batchAnswer.body()).get("results"))
                    .hasSize(100)
                    .allSatisfy(item -> assertThat(item.get("status").asInt()).isEqualTo(503));
            assertThat(tookMs).as("one produce timeout, not one per item").isLessThan(12_000);
        } finally {
            localStack.up();
        }
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() ->
                        send("POST", "/api/articles", "application/json", "{\"title\":\"after outage\",\"body\":\"b\"}")
                                        .statusCode()
                                == 202);
        assertThat(send("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
    }

    private long endOffsets() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = partitions();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private List<TopicPartition> partitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new TopicPartition(topic, p));
        }
        return partitions;
    }

    private List<ConsumerRecord<String, RawArticle>> readAll(int expected) {
        List<ConsumerRecord<String, RawArticle>> records = new ArrayList<>();
        try (Serde<RawArticle> serde = stack.serdes().raw();
                KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(
                        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                        new StringDeserializer(),
                        serde.deserializer())) {
            consumer.assign(partitions());
            consumer.seekToBeginning(partitions());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        records.sort(Comparator.comparingLong(ConsumerRecord::offset));
        return records;
    }
}
