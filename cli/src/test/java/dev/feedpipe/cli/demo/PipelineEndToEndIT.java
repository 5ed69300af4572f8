package dev.feedpipe.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.cli.extract.SampleCategories;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline: the four services as separate processes on the real stack (scratch topics and
 * index), the samples posted over HTTP, the feed checked; then an update and a delete followed through.
 */
@ExtendWith(LocalStackExtension.class)
class PipelineEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tempDir;

    @Test
    void samplesFlowFromIngestToTheFeedAndUpdatesAndDeletesFollow(StackEndpoints stack) throws Exception {
        try (ScratchPipeline pipeline = ScratchPipeline.start(stack, "e2e", 3, tempDir)) {
            String ingest = pipeline.url("ingest");
            String feed = pipeline.url("feed");

            FeedpipeTestSupport.Run posted = FeedpipeTestSupport.run(
                    "post",
                    "--quiet",
                    "--url",
                    ingest,
                    FeedpipeTestSupport.projectRoot()
                            .resolve("samples/articles")
                            .toString());
            assertThat(posted.exitCode()).as(posted.out()).isZero();

            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> entries(feed).size() == SampleCategories.EXPECTED.size());
            Map<String, JsonNode> byId = entries(feed);
            SampleCategories.EXPECTED.forEach((id, category) ->
                    assertThat(byId.get(id).get("category").asText()).as(id).isEqualTo(category));
            byId.values().forEach(PipelineEndToEndIT::assertSummaryRules);
            String ddp = byId.get("distributed-training-ddp").get("summary").asText();
            assertThat(ddp).contains("[公式]", "[Math]", "All-Reduce", "DistributedDataParallel(DDP)");

            long before = byId.get("self-hosting-blog").get("revision").asLong();
            String update = "{\"title\":\"自托管博客（第二版）\",\"category\":\"Infrastructure\",\"body\":\""
                    + "# 自托管博客（第二版）\\n\\n先读 Django 文档 🔖 https://docs.djangoproject.com/zh-hans/5.0/intro/getting-started/ "
                    + "再配置 Straight-Through 代理，公式 $x$ 与代码：\\n\\n```bash\\nls\\n```\\n\"}";
            assertThat(send("PUT", ingest + "/api/articles/self-hosting-blog", update)
                            .statusCode())
                    .isEqualTo(202);
            HttpResponse<String> deleted = send("DELETE", ingest + "/api/articles/python-decorators", null);
            assertThat(deleted.statusCode()).isEqualTo(202);

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        Map<String, JsonNode> now = entries(feed);
                        assertThat(now).doesNotContainKey("python-decorators");
                        assertThat(now.get("self-hosting-blog").get("revision").asLong())
                                .isGreaterThan(before);
                    });
            JsonNode updated = entries(feed).get("self-hosting-blog");
            assertThat(updated.get("title").asText()).isEqualTo("自托管博客（第二版）");
            assertThat(updated.get("summary").asText())
                    .isEqualTo(
                            "自托管博客(第二版) 先读 Django 文档 🔖 https://docs.djangoproject.com/zh-hans/5.0/intro/getting-started/ "
                                    + "再配置 Straight-Through 代理,公式 [Math] 与代码: [代码]");

            // An older revision arriving after the delete (a late retry, a replayed producer) stays deleted.
            long deletedRevision = JSON.readTree(deleted.body()).get("revision").asLong();
            String late = "{\"id\":\"python-decorators\",\"revision\":" + (deletedRevision - 1)
                    + ",\"title\":\"迟到的旧版本\",\"body\":\"旧的正文\"}";
            assertThat(send("POST", ingest + "/api/articles", late).statusCode())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> staleSkips(pipeline.url("enrich")) >= 1);
            assertThat(entries(feed)).doesNotContainKey("python-decorators");

            // The largest body ingest accepts (2 MiB, Chinese: three bytes a character) fits every record on the way.
            StringBuilder big = new StringBuilder("---\nid: two-mebibytes\ntitle: 两兆字节的中文长文\n---\n# 两兆字节的中文长文\n\n");
            String paragraph = "分布式训练中的梯度同步与显存占用取决于批处理大小和混合精度。".repeat(20) + "\n\n";
            int paragraphBytes = paragraph.getBytes(StandardCharsets.UTF_8).length;
            int bytes = big.toString().getBytes(StandardCharsets.UTF_8).length;
            while (bytes + paragraphBytes <= 2 * 1024 * 1024) {
                big.append(paragraph);
                bytes += paragraphBytes;
            }
            HttpResponse<String> large = http.send(
                    HttpRequest.newBuilder(URI.create(ingest + "/api/articles"))
                            .header("Content-Type", "text/markdown")
                            .POST(HttpRequest.BodyPublishers.ofString(big.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(large.statusCode()).as(large.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> entries(feed).containsKey("two-mebibytes"));
            assertThat(entries(feed).get("two-mebibytes").get("summary").asText())
                    .startsWith("两兆字节的中文长文 分布式训练")
                    .endsWith("...");
        }
    }

    private double staleSkips(String enrich) throws IOException, InterruptedException {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create(enrich + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("enrich_records_skipped_total") && l.contains("reason=\"stale\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Length in code points, the ellipsis only after a cut, no raw markup or TeX left over. */
    private static void assertSummaryRules(JsonNode entry) {
        String summary = entry.get("summary").asText();
        String id = entry.get("id").asText();
        int length = summary.codePointCount(0, summary.length());
        assertThat(length).as(id).isLessThanOrEqualTo(353);
        if (summary.endsWith("...")) {
            assertThat(length - 3).as(id).isLessThanOrEqualTo(350).isGreaterThan(300);
        }
        assertThat(summary).as(id).doesNotContain("```", "$$", "\\(", "<pre", "<code", "**");
    }

    private Map<String, JsonNode> entries(String feed) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(feed + "/api/feed?size=100")).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, JsonNode> entries = new HashMap<>();
        if (response.statusCode() == 200) {
            JSON.readTree(response.body())
                    .get("entries")
                    .forEach(e -> entries.put(e.get("id").asText(), e));
        }
        return entries;
    }

    private HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
