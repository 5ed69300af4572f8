package dev.feedpipe.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.cli.extract.SampleCategories;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
        String prefix = "it-e2e-" + UUID.randomUUID();
        Topics topics = new Topics(prefix + ".raw", prefix + ".enriched", prefix + ".dlq");
        ClusterSetup.run(stack, topics, 3, new PrintStream(OutputStream.nullOutputStream()));
        Map<String, String> env = ServiceProcesses.scratchEnvironment(stack, topics, prefix, tempDir.resolve("state"));
        for (PipelineService service : PipelineService.ALL) {
            env.put(service.portVariable(), Integer.toString(freePort()));
        }
        ServiceProcesses services = new ServiceProcesses(FeedpipeTestSupport.projectRoot(), tempDir, env);
        try {
            for (PipelineService service : PipelineService.ALL) {
                services.start(service);
            }
            for (PipelineService service : PipelineService.ALL) {
                services.awaitReady(service, Duration.ofSeconds(120));
            }
            String ingest = "http://127.0.0.1:" + services.port(PipelineService.ALL.get(0));
            String feed = "http://127.0.0.1:" + services.port(PipelineService.ALL.get(3));

            FeedpipeTestSupport.Run posted = FeedpipeTestSupport.run("post", "--quiet", "--url", ingest,
                    FeedpipeTestSupport.projectRoot().resolve("samples/articles").toString());
            assertThat(posted.exitCode()).as(posted.out()).isZero();

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
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
            assertThat(send("PUT", ingest + "/api/articles/self-hosting-blog", update).statusCode()).isEqualTo(202);
            assertThat(send("DELETE", ingest + "/api/articles/python-decorators", null).statusCode()).isEqualTo(202);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, JsonNode> now = entries(feed);
                assertThat(now).doesNotContainKey("python-decorators");
                assertThat(now.get("self-hosting-blog").get("revision").asLong()).isGreaterThan(before);
            });
            JsonNode updated = entries(feed).get("self-hosting-blog");
            assertThat(updated.get("title").asText()).isEqualTo("自托管博客（第二版）");
            assertThat(updated.get("summary").asText())
                    .isEqualTo("自托管博客(第二版) 先读 Django 文档 🔖 https://docs.djangoproject.com/zh-hans/5.0/intro/getting-started/ "
                            + "再配置 Straight-Through 代理,公式 [Math] 与代码: [代码]");
        } finally {
            DemoCommand.stopAll(services);
        }
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
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(feed + "/api/feed?size=100")).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, JsonNode> entries = new HashMap<>();
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).get("entries").forEach(e -> entries.put(e.get("id").asText(), e));
        }
        return entries;
    }

    private HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
