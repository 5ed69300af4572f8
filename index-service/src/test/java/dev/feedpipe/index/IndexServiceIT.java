package dev.feedpipe.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.SchemaSetup;
import dev.feedpipe.stack.StackConfig;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The index service on the real Kafka, registry and Elasticsearch; each test with its own topics and index. */
@ExtendWith(LocalStackExtension.class)
class IndexServiceIT {

    private record Scratch(Topics topics, String indexName, IndexConfig config, Map<String, String> environment) {}

    private static Scratch scratch(StackEndpoints stack, int partitions) throws Exception {
        return scratch(stack, partitions, stack.elasticsearchUrl());
    }

    private static Scratch scratch(StackEndpoints stack, int partitions, String elasticsearchUrl) throws Exception {
        String prefix = "it-index-" + UUID.randomUUID();
        Topics topics = new Topics(prefix + ".raw", prefix + ".enriched", prefix + ".dlq");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(topics.enriched(), partitions, (short) 1),
                            new NewTopic(topics.deadLetter(), 1, (short) 1)))
                    .all()
                    .get();
        }
        new SchemaSetup(stack.confluentCompatibleUrl())
                .register(
                        Topics.valueSubject(topics.enriched()),
                        EnrichedArticle.getClassSchema().toString());
        Map<String, String> env = new HashMap<>();
        env.put("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("FEEDPIPE_REGISTRY_URL", stack.registryUrl());
        env.put("FEEDPIPE_ELASTICSEARCH_URL", elasticsearchUrl);
        env.put("FEEDPIPE_TOPIC_ENRICHED", topics.enriched());
        env.put("FEEDPIPE_TOPIC_DLQ", topics.deadLetter());
        env.put("FEEDPIPE_INDEX_GROUP_ID", prefix);
        env.put("FEEDPIPE_INDEX_NAME", prefix);
        env.put("FEEDPIPE_INDEX_HTTP_PORT", "0");
        env.put("FEEDPIPE_INDEX_RETRY_MAX_MS", "2000");
        return new Scratch(topics, prefix, IndexConfig.load(env), env);
    }

    private static void produce(StackEndpoints stack, Topics topics, List<Map.Entry<String, EnrichedArticle>> records) {
        try (Serde<EnrichedArticle> serde = stack.serdes().enriched();
                KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.bootstrapServers(),
                                ProducerConfig.LINGER_MS_CONFIG,
                                10),
                        new StringSerializer(),
                        serde.serializer())) {
            records.forEach(r -> producer.send(new ProducerRecord<>(topics.enriched(), r.getKey(), r.getValue())));
        }
    }

    private static Map.Entry<String, EnrichedArticle> record(String id, long revision) {
        return Map.entry(id, TestArticles.article(id, revision, "标题 " + id, "第 " + revision + " 版 正文"));
    }

    private static ElasticsearchClient client(StackEndpoints stack) {
        return ElasticsearchClients.of(stack.elasticsearchUrl());
    }

    private static long count(ElasticsearchClient client, String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    private static Long revisionOf(ElasticsearchClient client, String alias, String id) throws IOException {
        GetResponse<JsonNode> response = client.get(g -> g.index(alias).id(id), JsonNode.class);
        return response.found() ? response.source().get("revision").asLong() : null;
    }

    @Test
    void recordsBecomeDocumentsOlderRevisionsLoseAndTombstonesDelete(StackEndpoints stack) throws Exception {
        Scratch scratch = scratch(stack, 3);
        List<Map.Entry<String, EnrichedArticle>> records = new ArrayList<>(
                List.of(record("a", 1), record("b", 1), record("a", 3), record("a", 2), record("c", 5)));
        records.add(new AbstractMap.SimpleEntry<>("b", null));
        try (IndexService service = new IndexService(scratch.config());
                ElasticsearchClient client = client(stack)) {
            produce(stack, scratch.topics(), records);
            String alias = scratch.indexName();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(revisionOf(client, alias, "a")).isEqualTo(3L);
                assertThat(revisionOf(client, alias, "c")).isEqualTo(5L);
                assertThat(revisionOf(client, alias, "b")).isNull();
            });
            assertThat(count(client, alias)).isEqualTo(2);
        }
    }

    @Test
    void aDocumentElasticsearchRejectsGoesToTheDeadLetterTopicAndItsNeighboursAreIndexed(StackEndpoints stack)
            throws Exception {
        Scratch scratch = scratch(stack, 1);
        EnrichedArticle immense = TestArticles.article("bad", 1, "标题", "正文");
        immense.setTags(List.of("x".repeat(40_000)));
        try (IndexService service = new IndexService(scratch.config());
                ElasticsearchClient client = client(stack)) {
            produce(
                    stack,
                    scratch.topics(),
                    List.of(record("before", 1), Map.entry("bad", immense), record("after", 1)));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(revisionOf(client, scratch.indexName(), "before")).isEqualTo(1L);
                assertThat(revisionOf(client, scratch.indexName(), "after")).isEqualTo(1L);
            });
            assertThat(revisionOf(client, scratch.indexName(), "bad")).isNull();
            List<ConsumerRecord<byte[], byte[]>> dead =
                    readAll(stack, scratch.topics().deadLetter(), 1);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("bad");
            String reason = new String(
                    dead.get(0).headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8);
            assertThat(reason)
                    .contains("Elasticsearch refused document 'bad'")
                    .contains("failed to parse field [tags]")
                    .hasSizeLessThan(1100);
        }
    }

    private static List<Map.Entry<String, EnrichedArticle>> revisionRounds(String prefix, int ids, int revisions) {
        List<Map.Entry<String, EnrichedArticle>> records = new ArrayList<>();
        for (int revision = 1; revision <= revisions; revision++) {
            for (int id = 0; id < ids; id++) {
                records.add(record(prefix + id, revision));
            }
        }
        return records;
    }

    /** Every (id, revision) was written at least once: no intermediate revision was skipped. */
    private static void assertEveryRevisionApplied(BulkRecordingProxy proxy, String prefix, int ids, int revisions) {
        Set<String> expected = new HashSet<>();
        for (int revision = 1; revision <= revisions; revision++) {
            for (int id = 0; id < ids; id++) {
                expected.add(prefix + id + "@" + revision);
            }
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(proxy.applied());
        assertThat(missing).as("writes Elasticsearch never acknowledged").isEmpty();
        System.out.printf(
                "acknowledged writes: %d distinct (id, revision) of %d, %d in all%n",
                proxy.applied().size(), expected.size(), proxy.writeCount());
    }

    @Test
    void tenThousandRecordsAcrossAThirtySecondElasticsearchOutageAllLandExactlyOnce(StackEndpoints stack)
            throws Exception {
        int ids = 2500;
        List<Map.Entry<String, EnrichedArticle>> records = revisionRounds("d", ids, 4);
        LocalStack localStack = new LocalStack(StackConfig.load(ProjectRoot.find(), System.getenv()), System.out);
        try (BulkRecordingProxy proxy = new BulkRecordingProxy(stack.elasticsearchUrl())) {
            Scratch scratch = scratch(stack, 6, proxy.url());
            outage(stack, scratch, localStack, records, ids);
            assertEveryRevisionApplied(proxy, "d", ids, 4);
        }
    }

    private void outage(
            StackEndpoints stack,
            Scratch scratch,
            LocalStack localStack,
            List<Map.Entry<String, EnrichedArticle>> records,
            int ids)
            throws Exception {
        try (IndexService service = new IndexService(scratch.config());
                ElasticsearchClient client = client(stack)) {
            produce(stack, scratch.topics(), records.subList(0, 4000));
            await().atMost(Duration.ofSeconds(60)).until(() -> count(client, scratch.indexName()) >= 500);
            localStack.stop("elasticsearch");
            try {
                produce(stack, scratch.topics(), records.subList(4000, records.size()));
                Thread.sleep(30_000);
            } finally {
                localStack.up();
            }
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(
                            () -> assertThat(count(client, scratch.indexName())).isEqualTo(ids));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var latest = client.count(c -> c.index(scratch.indexName())
                        .query(q -> q.term(t -> t.field("revision").value(4))));
                assertThat(latest.count()).isEqualTo(ids);
            });
            assertThat(readAll(stack, scratch.topics().deadLetter(), 0)).isEmpty();
        }
    }

    @Test
    void twoInstancesOneKilledAndRestartedWhileElasticsearchIsFrozenApplyEveryRevision(
            StackEndpoints stack, @TempDir Path dir) throws Exception {
        int ids = 2500;
        List<Map.Entry<String, EnrichedArticle>> records = revisionRounds("f", ids, 4);
        LocalStack localStack = new LocalStack(StackConfig.load(ProjectRoot.find(), System.getenv()), System.out);
        long elasticsearch = localStack.status().stream()
                .filter(s -> s.name().equals("elasticsearch"))
                .findFirst()
                .flatMap(LocalStack.ServiceStatus::pid)
                .orElseThrow();
        try (BulkRecordingProxy proxy = new BulkRecordingProxy(stack.elasticsearchUrl());
                ElasticsearchClient client = client(stack)) {
            Scratch scratch = scratch(stack, 6, proxy.url());
            Process other = startInstance(scratch, dir.resolve("other-1.log"));
            try (IndexService service = new IndexService(scratch.config())) {
                produce(stack, scratch.topics(), records.subList(0, 4000));
                await().atMost(Duration.ofSeconds(90)).until(() -> count(client, scratch.indexName()) >= 500);
                await().atMost(Duration.ofSeconds(60)).until(() -> bothMembersOwnPartitions(stack, scratch));
                signal("STOP", elasticsearch);
                try {
                    produce(stack, scratch.topics(), records.subList(4000, records.size()));
                    Thread.sleep(5_000);
                    other.destroyForcibly().waitFor();
                    other = startInstance(scratch, dir.resolve("other-2.log"));
                    Thread.sleep(15_000);
                } finally {
                    signal("CONT", elasticsearch);
                }
                await().atMost(Duration.ofSeconds(180))
                        .pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> {
                            var latest = client.count(c -> c.index(scratch.indexName())
                                    .query(q -> q.term(t -> t.field("revision").value(4))));
                            assertThat(latest.count()).isEqualTo(ids);
                        });
                assertThat(count(client, scratch.indexName())).isEqualTo(ids);
                assertThat(readAll(stack, scratch.topics().deadLetter(), 0)).isEmpty();
                assertEveryRevisionApplied(proxy, "f", ids, 4);
            } finally {
                other.destroyForcibly().waitFor();
            }
        }
    }

    /** The instance about to be killed has work of its own: both members of the group own partitions. */
    private static boolean bothMembersOwnPartitions(StackEndpoints stack, Scratch scratch) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            var group = admin.describeConsumerGroups(List.of(scratch.indexName()))
                    .all()
                    .get()
                    .get(scratch.indexName());
            return group.members().size() == 2
                    && group.members().stream()
                            .allMatch(m -> !m.assignment().topicPartitions().isEmpty());
        }
    }

    private static Process startInstance(Scratch scratch, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        IndexService.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(scratch.environment());
        return builder.start();
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
    }

    @Test
    void aReindexToTheNextVersionSwapsTheAliasWithoutASingleFailedSearch(StackEndpoints stack) throws Exception {
        Scratch scratch = scratch(stack, 3);
        List<Map.Entry<String, EnrichedArticle>> records = new ArrayList<>();
        for (int id = 0; id < 1000; id++) {
            records.add(record("r" + id, 1));
        }
        try (IndexService service = new IndexService(scratch.config());
                ElasticsearchClient client = client(stack)) {
            produce(stack, scratch.topics(), records);
            await().atMost(Duration.ofSeconds(60)).until(() -> count(client, scratch.indexName()) == 1000);
            AtomicBoolean searching = new AtomicBoolean(true);
            AtomicInteger searches = new AtomicInteger();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                while (searching.get()) {
                    try {
                        long hits = client.search(
                                        s -> s.index(scratch.indexName())
                                                .size(0)
                                                .trackTotalHits(t -> t.enabled(true)),
                                        Void.class)
                                .hits()
                                .total()
                                .value();
                        if (hits == 0) {
                            failures.add(new AssertionError("a search found nothing"));
                        }
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            });
            reader.start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Reindexer.Result result = new Reindexer(scratch.config(), new PrintStream(output)).reindex();
            Thread.sleep(500);
            searching.set(false);
            reader.join();

            ArticleIndex index = new ArticleIndex(scratch.indexName());
            assertThat(result.from()).isEqualTo(index.version(1));
            assertThat(result.to()).isEqualTo(index.version(2));
            assertThat(index.current(client)).hasValue(index.version(2));
            assertThat(count(client, index.version(2))).isEqualTo(1000);
            assertThat(failures).isEmpty();
            assertThat(searches.get()).isGreaterThan(10);

            produce(stack, scratch.topics(), List.of(record("after-swap", 1)));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(revisionOf(client, index.version(2), "after-swap"))
                            .isEqualTo(1L));
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(StackEndpoints stack, String topic, int expected) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "it-read-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime()
                    + Duration.ofSeconds(expected == 0 ? 5 : 30).toNanos();
            while (System.nanoTime() < deadline && (expected == 0 || records.size() < expected)) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
        }
        return records;
    }
}
