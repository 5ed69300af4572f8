package dev.feedpipe.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.feedpipe.enrich.EnrichConfig;
import dev.feedpipe.enrich.EnrichService;
import dev.feedpipe.index.IndexConfig;
import dev.feedpipe.index.IndexService;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 26: {@code feedpipe trace ID} on the real stack says where one article is: waiting in enrich
 * while no enricher runs, searchable once enrich and index have run, dead-lettered by enrich (with the
 * reason) for a record whose key breaks the id rule.
 */
@ExtendWith(LocalStackExtension.class)
class TraceIT {

    @TempDir
    Path folder;

    @Test
    void aTraceFollowsAnArticleThroughEveryStageAndSaysWhereItIs(StackEndpoints stack) throws Exception {
        String name = "it-trace-" + UUID.randomUUID();
        Topics topics = new Topics(name + ".raw", name + ".enriched", name + ".dlq");
        ClusterSetup.run(stack, topics, 2, new PrintStream(OutputStream.nullOutputStream()));
        produce(stack, topics, "traced", article("traced", 4));

        Traced waiting = trace(stack, topics, name, "traced");
        assertThat(waiting.status()).isEqualTo(1);
        assertThat(waiting.printed())
                .contains(topics.raw())
                .contains("revision 4")
                .contains("verdict: waiting in enrich: consumer lag unknown");

        try (EnrichService enrich = new EnrichService(EnrichConfig.load(enrichEnvironment(stack, topics, name)));
                IndexService index = new IndexService(IndexConfig.load(indexEnvironment(stack, topics, name)))) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> trace(stack, topics, name, "traced").status() == 0);
            Traced searchable = trace(stack, topics, name, "traced");
            assertThat(searchable.printed())
                    .contains("elasticsearch        revision 4")
                    .contains("verdict: searchable at revision 4");

            produce(stack, topics, "bad/id", article("bad/id", 1));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> trace(stack, topics, name, "bad/id").printed().contains("dead-lettered"));
            assertThat(trace(stack, topics, name, "bad/id").printed())
                    .contains("verdict: dead-lettered by enrich: key 'bad/id' is not an article id");
        }
    }

    private record Traced(int status, String printed) {}

    private static Traced trace(StackEndpoints stack, Topics topics, String name, String id) {
        StringWriter printed = new StringWriter();
        int status = new CommandLine(new TraceCommand())
                .setOut(new PrintWriter(printed, true))
                .execute(
                        id,
                        "--bootstrap-servers",
                        stack.bootstrapServers(),
                        "--registry-url",
                        stack.registryUrl(),
                        "--elasticsearch-url",
                        stack.elasticsearchUrl(),
                        "--index-name",
                        name,
                        "--raw-topic",
                        topics.raw(),
                        "--enriched-topic",
                        topics.enriched(),
                        "--dlq-topic",
                        topics.deadLetter(),
                        "--application-id",
                        name + "-enrich",
                        "--group-id",
                        name + "-index");
        return new Traced(status, printed.toString());
    }

    private Map<String, String> enrichEnvironment(StackEndpoints stack, Topics topics, String name) throws Exception {
        Path properties = Files.writeString(
                folder.resolve("streams.properties"),
                "session.timeout.ms=6000\nheartbeat.interval.ms=1000\ncommit.interval.ms=100\n");
        Map<String, String> env = common(stack, topics);
        env.put("FEEDPIPE_TOPIC_RAW", topics.raw());
        env.put("FEEDPIPE_ENRICH_APPLICATION_ID", name + "-enrich");
        env.put("FEEDPIPE_ENRICH_STATE_DIR", folder.resolve("state").toString());
        env.put("FEEDPIPE_ENRICH_HTTP_PORT", "0");
        env.put("FEEDPIPE_ENRICH_STREAMS_PROPERTIES_FILE", properties.toString());
        return env;
    }

    private static Map<String, String> indexEnvironment(StackEndpoints stack, Topics topics, String name) {
        Map<String, String> env = common(stack, topics);
        env.put("FEEDPIPE_ELASTICSEARCH_URL", stack.elasticsearchUrl());
        env.put("FEEDPIPE_INDEX_GROUP_ID", name + "-index");
        env.put("FEEDPIPE_INDEX_NAME", name);
        env.put("FEEDPIPE_INDEX_HTTP_PORT", "0");
        return env;
    }

    private static Map<String, String> common(StackEndpoints stack, Topics topics) {
        Map<String, String> env = new HashMap<>();
        env.put("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("FEEDPIPE_REGISTRY_URL", stack.registryUrl());
        env.put("FEEDPIPE_TOPIC_ENRICHED", topics.enriched());
        env.put("FEEDPIPE_TOPIC_DLQ", topics.deadLetter());
        return env;
    }

    private static RawArticle article(String id, long revision) {
        return RawArticle.newBuilder()
                .setId(id)
                .setRevision(revision)
                .setTitle("追踪 " + id)
                .setBody("# 追踪\n\n第 " + revision + " 版正文。")
                .setFormat(ArticleFormat.MARKDOWN)
                .setTags(List.of())
                .setIngestedAt(Instant.parse("2026-01-11T00:00:00Z"))
                .build();
    }

    private static void produce(StackEndpoints stack, Topics topics, String key, RawArticle article) {
        try (Serde<RawArticle> serde = stack.serdes().raw();
                KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                        new StringSerializer(),
                        serde.serializer())) {
            producer.send(new ProducerRecord<>(topics.raw(), key, article));
        }
    }
}
