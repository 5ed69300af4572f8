package dev.feedpipe.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.index.IndexConfig;
import dev.feedpipe.index.IndexService;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import picocli.CommandLine;

/**
 * Issue 26: an operator re-drives dead letters once the cause is fixed. The index was created with a
 * wrong mapping ({@code published_at} a number), so Elasticsearch refuses two articles and index-service
 * dead-letters them; the operator moves the aliases to a correctly mapped index and runs
 * {@code feedpipe dlq retry}: both reach the index, and a second run re-drives nothing.
 */
@ExtendWith(LocalStackExtension.class)
class DlqRetryIT {

    @Test
    void deadLettersGoBackOnceTheCauseIsFixedAndEachGoesAtMostOnce(StackEndpoints stack) throws Exception {
        String name = "it-redrive-" + UUID.randomUUID();
        Topics topics = new Topics(name + ".raw", name + ".enriched", name + ".dlq");
        ClusterSetup.run(stack, topics, 1, new PrintStream(OutputStream.nullOutputStream()));
        ArticleIndex index = new ArticleIndex(name);
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            client.indices()
                    .create(c -> c.index(index.version(1))
                            .withJson(new StringReader(
                                    "{\"mappings\":{\"properties\":{\"published_at\":{\"type\":\"long\"}}}}"))
                            .aliases(index.readAlias(), a -> a)
                            .aliases(index.writeAlias(), a -> a.isWriteIndex(true)));
            try (IndexService service = new IndexService(IndexConfig.load(environment(stack, topics, name)))) {
                produce(stack, topics, List.of(article("one"), article("two")));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> retry(stack, topics, "--dry-run")
                                .contains("dry run: would re-drive 2 dead letter(s) {" + topics.enriched() + "=2}"));
                assertThat(found(client, index, "one"))
                        .as("the dry run sent nothing")
                        .isFalse();

                // the cause fixed: a correctly mapped index takes both aliases
                index.createVersion(client, 2, false);
                index.swap(client, index.version(1), index.version(2));

                String onlyOne = retry(stack, topics, "--key", "one", "--stage", "index", "--reason", "published_at");
                assertThat(onlyOne).contains("re-drove 1 dead letter(s)").contains("1 not selected");
                await().atMost(Duration.ofSeconds(60)).until(() -> found(client, index, "one"));
                assertThat(found(client, index, "two")).isFalse();

                String rest = retry(stack, topics);
                assertThat(rest).contains("re-drove 1 dead letter(s)").contains("1 re-driven before");
                await().atMost(Duration.ofSeconds(60)).until(() -> found(client, index, "two"));

                String again = retry(stack, topics);
                assertThat(again)
                        .as("each dead letter goes at most once")
                        .contains("re-drove 0 dead letter(s); 2 re-driven before");
            } finally {
                client.indices().delete(d -> d.index(name + "-v*"));
            }
        }
    }

    private static String retry(StackEndpoints stack, Topics topics, String... options) {
        StringWriter printed = new StringWriter();
        List<String> arguments = new ArrayList<>(List.of(
                "--bootstrap-servers",
                stack.bootstrapServers(),
                "--raw-topic",
                topics.raw(),
                "--enriched-topic",
                topics.enriched(),
                "--dlq-topic",
                topics.deadLetter()));
        arguments.addAll(List.of(options));
        int status = new CommandLine(new DlqRetryCommand())
                .setOut(new PrintWriter(printed, true))
                .execute(arguments.toArray(String[]::new));
        assertThat(status).as(printed.toString()).isZero();
        return printed.toString();
    }

    private static boolean found(ElasticsearchClient client, ArticleIndex index, String id) throws IOException {
        GetResponse<JsonNode> response =
                client.get(g -> g.index(index.readAlias()).id(id), JsonNode.class);
        return response.found();
    }

    private static Map<String, String> environment(StackEndpoints stack, Topics topics, String name) {
        Map<String, String> env = new HashMap<>();
        env.put("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("FEEDPIPE_REGISTRY_URL", stack.registryUrl());
        env.put("FEEDPIPE_ELASTICSEARCH_URL", stack.elasticsearchUrl());
        env.put("FEEDPIPE_TOPIC_ENRICHED", topics.enriched());
        env.put("FEEDPIPE_TOPIC_DLQ", topics.deadLetter());
        env.put("FEEDPIPE_INDEX_GROUP_ID", name);
        env.put("FEEDPIPE_INDEX_NAME", name);
        env.put("FEEDPIPE_INDEX_HTTP_PORT", "0");
        return env;
    }

    private static EnrichedArticle article(String id) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setRevision(1)
                .setTitle("标题 " + id)
                .setSummary("摘要")
                .setText("正文")
                .setCategory("LLM")
                .setCategorySource(CategorySource.CLASSIFIER)
                .setLanguage("zh")
                .setCodeBlocks(List.of())
                .setExtractorVersion("1.0.0")
                .setPublishedAt(Instant.parse("2026-01-11T00:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-11T01:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-01-11T02:00:00Z"))
                .build();
    }

    private static void produce(StackEndpoints stack, Topics topics, List<EnrichedArticle> articles) {
        try (Serde<EnrichedArticle> serde = stack.serdes().enriched();
                KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                        new StringSerializer(),
                        serde.serializer())) {
            articles.forEach(
                    article -> producer.send(new ProducerRecord<>(topics.enriched(), article.getId(), article)));
        }
    }
}
