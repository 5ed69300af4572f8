package dev.feedpipe.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.SchemaSetup;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service on the real Kafka and registry; each test on scratch topics of its own. */
@ExtendWith(LocalStackExtension.class)
class EnrichServiceIT {

    private static final int PARTITIONS = 6;

    @TempDir
    Path tempDir;

    private Topics scratchTopics(StackEndpoints stack) throws Exception {
        String prefix = "it.enrich-" + UUID.randomUUID();
        Topics topics = new Topics(prefix + ".raw", prefix + ".enriched", prefix + ".dlq");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(topics.raw(), PARTITIONS, (short) 1),
                            new NewTopic(topics.enriched(), PARTITIONS, (short) 1),
                            new NewTopic(topics.deadLetter(), 1, (short) 1)))
                    .all()
                    .get();
        }
        SchemaSetup registry = new SchemaSetup(stack.confluentCompatibleUrl());
        registry.register(
                Topics.valueSubject(topics.raw()), RawArticle.getClassSchema().toString());
        registry.register(
                Topics.valueSubject(topics.enriched()),
                EnrichedArticle.getClassSchema().toString());
        return topics;
    }

    private Map<String, String> environment(StackEndpoints stack, Topics topics, String applicationId, String stateDir)
            throws IOException {
        Path properties = Files.writeString(
                tempDir.resolve(UUID.randomUUID() + ".properties"),
                "session.timeout.ms=6000\nheartbeat.interval.ms=1000\ncommit.interval.ms=100\nproducer.linger.ms=100\n"
                        + System.getProperty("feedpipe.it.streams", "").replace(';', '\n'));
        Map<String, String> env = new HashMap<>();
        env.put("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("FEEDPIPE_REGISTRY_URL", stack.registryUrl());
        env.put("FEEDPIPE_TOPIC_RAW", topics.raw());
        env.put("FEEDPIPE_TOPIC_ENRICHED", topics.enriched());
        env.put("FEEDPIPE_TOPIC_DLQ", topics.deadLetter());
        env.put("FEEDPIPE_ENRICH_APPLICATION_ID", applicationId);
        env.put("FEEDPIPE_ENRICH_STATE_DIR", stateDir);
        env.put("FEEDPIPE_ENRICH_HTTP_PORT", "0");
        env.put("FEEDPIPE_ENRICH_STREAMS_PROPERTIES_FILE", properties.toString());
        return env;
    }

    private static RawArticle article(String id, long revision) {
        return RawArticle.newBuilder()
                .setId(id)
                .setRevision(revision)
                .setTitle("文章 " + id)
                .setBody("# 标题 " + id + "\n\n第 " + revision + " 版：用 PyTorch 训练，$x^2$。")
                .setFormat(ArticleFormat.MARKDOWN)
                .setIngestedAt(Instant.parse("2026-01-11T00:00:00Z"))
                .build();
    }

    private static void produce(StackEndpoints stack, Topics topics, List<RawArticle> articles) {
        try (Serde<RawArticle> serde = stack.serdes().raw();
                KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.bootstrapServers(),
                                ProducerConfig.LINGER_MS_CONFIG,
                                10),
                        new StringSerializer(),
                        serde.serializer())) {
            articles.forEach(a -> producer.send(new ProducerRecord<>(topics.raw(), a.getId(), a)));
        }
    }

    /** Reads the enriched topic as committed (read_committed), until {@code expected} records or the timeout. */
    private static List<ConsumerRecord<String, EnrichedArticle>> readEnriched(
            StackEndpoints stack, Topics topics, int expected, Duration timeout) {
        List<ConsumerRecord<String, EnrichedArticle>> records = new ArrayList<>();
        try (Serde<EnrichedArticle> serde = stack.serdes().enriched();
                KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.bootstrapServers(),
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "it-reader-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                                "read_committed"),
                        new StringDeserializer(),
                        serde.deserializer())) {
            consumer.subscribe(List.of(topics.enriched()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            long quiet = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < quiet) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void rawRecordsComeOutEnrichedAndBadOnesReachTheDeadLetterTopic(StackEndpoints stack) throws Exception {
        Topics topics = scratchTopics(stack);
        String applicationId = "it-enrich-" + UUID.randomUUID();
        try (EnrichService service = new EnrichService(EnrichConfig.load(
                environment(stack, topics, applicationId, tempDir.resolve("a").toString())))) {
            produce(stack, topics, List.of(article("a", 1), article("b", 1)));
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topics.raw(), "junk", "not avro".getBytes(StandardCharsets.UTF_8)))
                        .get();
                byte[] unknownSchema = ByteBuffer.allocate(9)
                        .put((byte) 0)
                        .putInt(987_654)
                        .putInt(42)
                        .array();
                producer.send(new ProducerRecord<>(topics.raw(), "unknown-schema", unknownSchema))
                        .get();
            }

            List<ConsumerRecord<String, EnrichedArticle>> enriched =
                    readEnriched(stack, topics, 2, Duration.ofSeconds(60));
            assertThat(enriched).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("a", "b");
            EnrichedArticle a = enriched.stream()
                    .filter(r -> r.key().equals("a"))
                    .findFirst()
                    .orElseThrow()
                    .value();
            assertThat(a.getSummary()).isEqualTo("标题 a 第 1 版:用 PyTorch 训练,[Math]。");
            assertThat(a.getCategory()).isEqualTo("Deep Learning");

            List<ConsumerRecord<byte[], byte[]>> dead = readDeadLetters(stack, topics, 2);
            assertThat(dead)
                    .extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrder("junk", "unknown-schema");
            for (ConsumerRecord<byte[], byte[]> record : dead) {
                assertThat(header(record, "__streams.errors.topic")).isEqualTo(topics.raw());
                assertThat(header(record, "__streams.errors.exception")).isNotBlank();
                assertThat(header(record, "__streams.errors.offset")).isNotBlank();
            }
            // issue 22: reasons a person can act on, from the real registry client's failures
            Map<String, String> reasons = new HashMap<>();
            dead.forEach(r ->
                    reasons.put(new String(r.key(), StandardCharsets.UTF_8), header(r, "__streams.errors.message")));
            assertThat(reasons.get("junk"))
                    .startsWith("not in the Confluent wire format: first byte 0x6e, expected 0x00");
            assertThat(reasons.get("unknown-schema")).startsWith("schema id 987654 is not in the registry");
            await().atMost(Duration.ofSeconds(10)).until(() -> service.state() == KafkaStreams.State.RUNNING);
        }
    }

    /**
     * The other instance is frozen mid-stream (SIGSTOP), while both still have a backlog, until the group
     * gives its partitions to this one, woken as a zombie with records still in its producer, then killed
     * (SIGKILL). Exactly once means the zombie's late writes are fenced off and the killed one's open
     * transaction is aborted: every (id, revision) comes out once. Frozen mid-backlog, it holds records
     * processed since its last commit, which this instance processes again: without the guarantee they come
     * out twice. {@code -Dfeedpipe.it.streams=processing.guarantee=at_least_once} (extra
     * Streams properties, ';'-separated) runs it as a control with the guarantee switched off.
     */
    @Test
    void freezingThenKillingOneOfTwoInstancesMidStreamLosesAndDuplicatesNothing(StackEndpoints stack) throws Exception {
        Topics topics = scratchTopics(stack);
        String applicationId = "it-enrich-" + UUID.randomUUID();
        Process other = startInstanceProcess(
                environment(stack, topics, applicationId, tempDir.resolve("b").toString()));
        try (EnrichService service = new EnrichService(EnrichConfig.load(
                environment(stack, topics, applicationId, tempDir.resolve("a").toString())))) {
            int ids = 2000;
            int revisions = 5;
            List<RawArticle> articles = new ArrayList<>();
            for (int revision = 1; revision <= revisions; revision++) {
                for (int id = 0; id < ids; id++) {
                    articles.add(article("k" + id, revision));
                }
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> bothMembersOwnPartitions(stack, applicationId));
            produce(stack, topics, articles);
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> countCommitted(stack, topics) >= articles.size() / 5);
            signal("STOP", other.pid());
            assertThat(countCommitted(stack, topics))
                    .as("frozen with a backlog left")
                    .isLessThan(articles.size() / 2);
            Thread.sleep(15_000); // past the session timeout (6 s): its partitions move here
            signal("CONT", other.pid());
            Thread.sleep(3_000);
            other.destroyForcibly().waitFor();

            List<ConsumerRecord<String, EnrichedArticle>> output =
                    readEnriched(stack, topics, articles.size(), Duration.ofSeconds(150));

            Map<String, Integer> perIdAndRevision = new HashMap<>();
            output.forEach(r -> perIdAndRevision.merge(r.key() + "@" + r.value().getRevision(), 1, Integer::sum));
            assertThat(perIdAndRevision).as("every (id, revision) written").hasSize(ids * revisions);
            assertThat(perIdAndRevision.entrySet().stream()
                            .filter(e -> e.getValue() > 1)
                            .map(Map.Entry::getKey)
                            .sorted())
                    .as("(id@revision) written more than once")
                    .isEmpty();
            assertThat(output).hasSize(ids * revisions);
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aReplayAfterAnExtractorChangeReEnrichesEveryArticleAtItsRevisionAndOtherwiseNothing(StackEndpoints stack)
            throws Exception {
        Topics topics = scratchTopics(stack);
        String applicationId = "it-enrich-" + UUID.randomUUID();
        Map<String, String> env =
                environment(stack, topics, applicationId, tempDir.resolve("r").toString());
        produce(stack, topics, List.of(article("r1", 3), article("r2", 4)));
        try (EnrichService service = new EnrichService(EnrichConfig.load(env))) {
            assertThat(readEnriched(stack, topics, 2, Duration.ofSeconds(60))).hasSize(2);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> Replay.resetToEarliest(admin, applicationId, topics.raw())
                                    .records()
                            == 2);
        }
        try (EnrichService sameExtractor = new EnrichService(EnrichConfig.load(env))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> sameExtractor.state() == KafkaStreams.State.RUNNING);
            assertThat(readEnriched(stack, topics, 3, Duration.ofSeconds(15)))
                    .as("nothing new")
                    .hasSize(2);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> Replay.resetToEarliest(admin, applicationId, topics.raw())
                                    .records()
                            == 2);
        }
        Map<String, String> newPlaceholders = new HashMap<>(env);
        newPlaceholders.putAll(Map.of(
                "FEEDPIPE_EXTRACT_PLACEHOLDER_CODE",
                "[code]",
                "FEEDPIPE_EXTRACT_PLACEHOLDER_FORMULA",
                "[formula]",
                "FEEDPIPE_EXTRACT_PLACEHOLDER_MATH",
                "[math]"));
        EnrichConfig changed = EnrichConfig.load(newPlaceholders);
        try (EnrichService newExtractor = new EnrichService(changed)) {
            List<ConsumerRecord<String, EnrichedArticle>> all = readEnriched(stack, topics, 4, Duration.ofSeconds(60));
            assertThat(all).hasSize(4);
            List<EnrichedArticle> replayed =
                    all.subList(2, 4).stream().map(ConsumerRecord::value).toList();
            assertThat(replayed)
                    .extracting(EnrichedArticle::getId, EnrichedArticle::getRevision)
                    .containsExactlyInAnyOrder(Tuple.tuple("r1", 3L), Tuple.tuple("r2", 4L));
            assertThat(replayed).allSatisfy(a -> assertThat(a.getSummary()).contains("[math]"));
        }
    }

    /** The instance about to be frozen has work of its own: both members of the group own input partitions. */
    private static boolean bothMembersOwnPartitions(StackEndpoints stack, String applicationId) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            var group = admin.describeConsumerGroups(List.of(applicationId))
                    .all()
                    .get()
                    .get(applicationId);
            return group.members().size() == 2
                    && group.members().stream()
                            .allMatch(m -> !m.assignment().topicPartitions().isEmpty());
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
    }

    private Process startInstanceProcess(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EnrichService.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(tempDir.resolve("other-instance.log").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static long countCommitted(StackEndpoints stack, Topics topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topics.enriched()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readDeadLetters(
            StackEndpoints stack, Topics topics, int expected) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "it-dlq-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics.deadLetter()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
