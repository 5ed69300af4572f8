package dev.feedpipe.cli.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.ingest.IngestConfig;
import dev.feedpipe.ingest.IngestService;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.SchemaSetup;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedpipe post} against a real ingest service on the real stack (a scratch topic). */
@ExtendWith(LocalStackExtension.class)
class PostCommandIT {

    @TempDir
    Path folder;

    private static IngestService startIngest(StackEndpoints stack, String token) throws Exception {
        String topic = "it.post-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        new SchemaSetup(stack.confluentCompatibleUrl())
                .register(
                        Topics.valueSubject(topic), RawArticle.getClassSchema().toString());
        return new IngestService(IngestConfig.load(Map.of(
                "FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS",
                stack.bootstrapServers(),
                "FEEDPIPE_REGISTRY_URL",
                stack.registryUrl(),
                "FEEDPIPE_INGEST_HTTP_PORT",
                "0",
                "FEEDPIPE_TOPIC_RAW",
                topic,
                "FEEDPIPE_INGEST_TOKEN",
                token == null ? "" : token))); // empty: no token required
    }

    @Test
    void everySampleArticleIsPosted(StackEndpoints stack) throws Exception {
        try (IngestService ingest = startIngest(stack, null)) {
            Path samples = FeedpipeTestSupport.projectRoot().resolve("samples/articles");

            FeedpipeTestSupport.Run run =
                    FeedpipeTestSupport.run("post", "--url", "http://127.0.0.1:" + ingest.port(), samples.toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("posted 12, rejected 0");
        }
    }

    @Test
    void rejectedFilesAreListedWithTheirReasonAndTheExitCodeIsOne(StackEndpoints stack) throws Exception {
        Files.writeString(folder.resolve("good.md"), "# 好文章\n\n正文");
        Files.writeString(folder.resolve("untitled.html"), "<p>没有标题的 HTML</p>");
        try (IngestService ingest = startIngest(stack, "t0ken")) {
            String url = "http://127.0.0.1:" + ingest.port();

            FeedpipeTestSupport.Run run =
                    FeedpipeTestSupport.run("post", "--url", url, "--token", "t0ken", folder.toString());
            FeedpipeTestSupport.Run unauthorized = FeedpipeTestSupport.run(
                    "post", "--url", url, folder.resolve("good.md").toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("posted 1, rejected 1").contains("untitled.html: 400 title is required");
            assertThat(unauthorized.exitCode()).isEqualTo(1);
            assertThat(unauthorized.out()).contains("401");
        }
    }
}
