package dev.feedpipe.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.enrich.errors.FailureHandling;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.retry.Backoff;
import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.ArticleHeaders;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.TextPlaceholders;
import dev.feedpipe.schema.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final Instant NOW = Instant.parse("2026-01-20T00:00:00Z");

    private final WireFormatTestSerde<RawArticle> rawSerde = new WireFormatTestSerde<>(RawArticle.class, 1);
    private final WireFormatTestSerde<EnrichedArticle> enrichedSerde =
            new WireFormatTestSerde<>(EnrichedArticle.class, 2);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Outage outage = new Outage(new Backoff(1, 1, () -> 0.0), 60_000, System::nanoTime);
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void start() {
        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        startWith(input -> {
            if (input.body().contains("EXPLODE")) {
                throw new IllegalStateException("boom");
            }
            return extractor.extract(input);
        });
    }

    private void startWith(Function<ArticleInput, FeedEntry> extraction) {
        StreamsBuilder builder = new StreamsBuilder();
        var topology = EnrichTopology.build(
                builder,
                TOPICS,
                rawSerde,
                enrichedSerde,
                extraction,
                "fingerprint-1",
                Clock.fixed(NOW, ZoneOffset.UTC),
                new EnrichMetrics(registry));
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        FailureHandling.configure(properties, outage);
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TOPICS.deadLetter());
        driver = new TopologyTestDriver(topology, properties);
        raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), rawSerde.serializer());
        rawBytes = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), new StringDeserializer(), enrichedSerde.deserializer());
        deadLetters =
                driver.createOutputTopic(TOPICS.deadLetter(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawArticle article(String id, long revision, String body) {
        return RawArticle.newBuilder()
                .setId(id)
                .setRevision(revision)
                .setTitle("标题 " + id)
                .setBody(body)
                .setFormat(ArticleFormat.MARKDOWN)
                .setTags(List.of("t"))
                .setIngestedAt(Instant.parse("2026-01-11T00:00:00Z"))
                .build();
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRawArticleIsEnrichedUnderItsId() {
        raw.pipeInput("a", article("a", 1, "# 标题\n\n用 PyTorch 训练，公式 $x$。\n\n```python\nx = 1\n```"));

        TestRecord<String, EnrichedArticle> record = enriched.readRecord();
        assertThat(record.key()).isEqualTo("a");
        EnrichedArticle entry = record.value();
        assertThat(entry.getRevision()).isEqualTo(1);
        assertThat(entry.getSummary()).isEqualTo("标题 用 PyTorch 训练,公式 [Math]。 [代码]");
        assertThat(entry.getCategory()).isEqualTo("Deep Learning");
        assertThat(entry.getCategorySource()).isEqualTo(CategorySource.CLASSIFIER);
        assertThat(entry.getCodeBlocks()).extracting(c -> c.getLanguage()).containsExactly("python");
        assertThat(entry.getPublishedAt())
                .as("falls back to ingestion time")
                .isEqualTo(Instant.parse("2026-01-11T00:00:00Z"));
        assertThat(entry.getEnrichedAt()).isEqualTo(NOW);
        assertThat(entry.getPlaceholders())
                .as("the placeholders the text was written with travel with it")
                .isEqualTo(new TextPlaceholders("[代码]", "[公式]", "[Math]"));
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aTombstoneBecomesATombstoneAndOnlyANewerRevisionBringsTheArticleBack() {
        raw.pipeInput("a", article("a", 1, "正文"));
        raw.pipeInput("a", (RawArticle) null);

        assertThat(enriched.readRecordsToList())
                .extracting(TestRecord::value)
                .hasSize(2)
                .last()
                .isNull();
        raw.pipeInput("a", article("a", 1, "正文"));
        assertThat(enriched.isEmpty()).as("the deleted revision stays deleted").isTrue();
        raw.pipeInput("a", article("a", 2, "正文"));
        assertThat(enriched.readValuesToList())
                .as("a newer revision comes back")
                .hasSize(1);
    }

    @Test
    void deletesAreOrderedByTheRevisionTheyCarry() {
        raw.pipeInput("a", article("a", 3, "正文"));
        raw.pipeInput(tombstone("a", 5));
        raw.pipeInput("a", article("a", 4, "迟到的旧版本"));
        raw.pipeInput(tombstone("a", 2));

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).extracting(TestRecord::value).hasSize(2).last().isNull();
        assertThat(ArticleHeaders.revision(out.get(1).headers()))
                .as("the tombstone keeps its revision")
                .hasValue(5);
        assertThat(registry.get("enrich.records.skipped")
                        .tag("reason", "stale")
                        .counter()
                        .count())
                .as("revision 4 after the delete of 5, and the delete of 2")
                .isEqualTo(2);

        raw.pipeInput("b", article("b", 7, "正文"));
        raw.pipeInput(tombstone("b", 6));
        assertThat(enriched.readValuesToList())
                .as("a delete older than the article is dropped")
                .hasSize(1)
                .allMatch(v -> v != null);
    }

    @Test
    void aRetriedDeleteOfTheSameRevisionProducesNothingNew() {
        raw.pipeInput("a", article("a", 3, "正文"));
        raw.pipeInput(tombstone("a", 4));
        raw.pipeInput(tombstone("a", 4));
        raw.pipeInput("a", (RawArticle) null);

        assertThat(enriched.readRecordsToList())
                .extracting(TestRecord::value)
                .as("the article and one tombstone")
                .hasSize(2)
                .last()
                .isNull();
        assertThat(registry.get("enrich.records.skipped")
                        .tag("reason", "duplicate")
                        .counter()
                        .count())
                .as("the delete of 4 again, and a delete without a revision after it")
                .isEqualTo(2);

        raw.pipeInput(tombstone("a", 5));
        assertThat(enriched.readValuesToList())
                .as("a delete of a newer revision still goes out")
                .hasSize(1);
    }

    private static TestRecord<String, RawArticle> tombstone(String id, long revision) {
        return new TestRecord<>(id, null, new RecordHeaders().add(ArticleHeaders.revision(revision)), (Instant) null);
    }

    @Test
    void aRegistryOutageIsRetriedNotDeadLettered() {
        raw.pipeInput("a", article("a", 1, "正文"));
        enriched.readValuesToList();
        rawSerde.registryAway = true;

        assertThatThrownBy(() -> raw.pipeInput("b", article("b", 1, "正文"))).isInstanceOf(StreamsException.class);
        assertThat(deadLetters.isEmpty()).as("nothing dead-lettered").isTrue();
        assertThat(outage.isOngoing()).as("readiness sees the outage").isTrue();
        assertThat(outage.lastReason()).contains("Connection refused");
    }

    @Test
    void anOlderRevisionIsDropped() {
        raw.pipeInput("a", article("a", 5, "新"));
        raw.pipeInput("a", article("a", 4, "旧"));

        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::getRevision)
                .containsExactly(5L);
        assertThat(registry.get("enrich.records.skipped")
                        .tag("reason", "stale")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void theSameRevisionWithTheSameContentProducesNothingNew() {
        raw.pipeInput("a", article("a", 2, "正文"));
        raw.pipeInput("a", article("a", 2, "正文"));
        raw.pipeInput("a", article("a", 3, "正文"));

        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::getRevision)
                .containsExactly(2L, 3L);
        assertThat(registry.get("enrich.records.skipped")
                        .tag("reason", "duplicate")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theSameRevisionWithOtherContentGoesToTheDeadLetterTopic() {
        raw.pipeInput("a", article("a", 2, "正文"));
        raw.pipeInput("a", article("a", 2, "改过的正文"));

        assertThat(enriched.readValuesToList()).hasSize(1);
        var dead = deadLetters.readRecord();
        assertThat(header(dead.headers(), "__streams.errors.message")).contains("already enriched with other content");
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("a");
    }

    @Test
    void undeserializableBytesGoToTheDeadLetterTopicWithTheirOriginAndProcessingGoesOn() {
        rawBytes.pipeInput("junk", "not avro at all".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("b", article("b", 1, "后面的文章照常处理"));

        var dead = deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo("not avro at all".getBytes(StandardCharsets.UTF_8));
        assertThat(header(dead.headers(), "__streams.errors.exception")).contains("UnreadableRecordException");
        assertThat(header(dead.headers(), "__streams.errors.message"))
                .startsWith("not in the Confluent wire format: first byte 0x6e, expected 0x00");
        assertThat(header(dead.headers(), "__streams.errors.topic")).isEqualTo(TOPICS.raw());
        assertThat(header(dead.headers(), "__streams.errors.partition")).isEqualTo("0");
        assertThat(header(dead.headers(), "__streams.errors.offset")).isEqualTo("0");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("b");
    }

    @Test
    void aRecordWithAnUnknownSchemaIdGoesToTheDeadLetterTopic() {
        byte[] bytes = rawSerde.serializer().serialize(TOPICS.raw(), article("c", 1, "x"));
        ByteBuffer.wrap(bytes).putInt(1, 999);
        rawBytes.pipeInput("c", bytes);

        assertThat(header(deadLetters.readRecord().headers(), "__streams.errors.message"))
                .contains("unknown schema id 999");
        assertThat(enriched.isEmpty()).isTrue();
    }

    /** Issue 22: the reason of an unreadable record says what is wrong with it. */
    @Test
    void aTruncatedAvroBodyIsDeadLetteredNamingTheFieldItBreaksOffIn() {
        byte[] whole = rawSerde.serializer().serialize(TOPICS.raw(), article("t", 1, "一段足够长的正文，不会在标题里就断掉。"));
        // id "t" (2 bytes), revision 1 (1 byte), then 5 of the title's 9
        rawBytes.pipeInput("t", Arrays.copyOf(whole, 5 + 8));

        String reason = header(deadLetters.readRecord().headers(), "__streams.errors.message");
        assertThat(reason)
                .startsWith("Avro body ends after 8 bytes, while reading field `title` (which starts at byte 3)");
        assertThat(enriched.isEmpty()).isTrue();
    }

    /** Issue 22: one id rule for every entry, whoever produced the record. */
    @Test
    void aRecordWhoseIdBreaksTheIdRuleIsDeadLetteredWithTheRule() {
        raw.pipeInput("a/b", article("a/b", 1, "正文"));
        raw.pipeInput("ok", article("ok", 1, "正文"));

        var dead = deadLetters.readRecord();
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("a/b");
        assertThat(header(dead.headers(), "__streams.errors.message"))
                .contains("key 'a/b' is not an article id")
                .contains("letters, digits");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("ok");
    }

    /** Issue 22: what XML forbids never reaches the enriched record, whatever a producer wrote. */
    @Test
    void charactersNoOutputCanCarryAreCleanedFromRecordsProducedStraightToKafka() {
        RawArticle hostile = RawArticle.newBuilder(article("x", 1, "# 标题\u0000一\n\n正文\u000c第二页\uffff，\u202e反向\u202c。"))
                .setTitle("a\u0000b\u202e cod.exe")
                .setAuthor("作者\u0007")
                .setCategory("LLM\u0008")
                .setTags(List.of("t\u0001", "\u2066ok\u2069"))
                .setSourceUrl("https://example.org/a\u0000")
                .setPublishedAt(Instant.parse("0000-01-01T00:00:00Z"))
                .build();
        raw.pipeInput("x", hostile);

        EnrichedArticle entry = enriched.readValue();
        assertThat(entry.getTitle()).isEqualTo("a b cod.exe");
        assertThat(entry.getAuthor()).isEqualTo("作者");
        assertThat(entry.getCategory()).isEqualTo("LLM");
        assertThat(entry.getTags()).containsExactly("t", "ok");
        assertThat(entry.getSourceUrl()).isEqualTo("https://example.org/a ");
        assertThat(entry.getText())
                .doesNotContain("\u0000", "\u000c", "\uffff")
                .contains("正文 第二页")
                .as("the text rules drop format characters")
                .doesNotContain("\u202e")
                .contains("反向");
        assertThat(entry.getSummary()).doesNotContain("\u0000", "\u000c", "\uffff");
        assertThat(entry.getPublishedAt())
                .as("year 0 counts as no date")
                .isEqualTo(Instant.parse("2026-01-11T00:00:00Z"));
    }

    @Test
    void anExtractionFailureGoesToTheDeadLetterTopicWithTheReason() {
        raw.pipeInput("d", article("d", 7, "EXPLODE"));
        raw.pipeInput("e", article("e", 1, "fine"));

        var dead = deadLetters.readRecord();
        assertThat(header(dead.headers(), "__streams.errors.message"))
                .contains("extraction failed for article 'd' revision 7")
                .contains("boom");
        assertThat(header(dead.headers(), "__streams.errors.offset")).isEqualTo("0");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("e");
    }

    @Test
    void aKeyThatIsNotTheArticleIdGoesToTheDeadLetterTopic() {
        raw.pipeInput("x", article("y", 1, "正文"));

        assertThat(header(deadLetters.readRecord().headers(), "__streams.errors.message"))
                .contains("key 'x' differs from the article id 'y'");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aChangedExtractorReEnrichesTheSameRevisionOnReplay() {
        raw.pipeInput("a", article("a", 2, "正文"));
        var store = driver.getKeyValueStore(EnrichTopology.REVISION_STORE);
        Object remembered = store.get("a");
        driver.close();

        Extractor extractor = new Extractor(ExtractorSettings.defaults());
        StreamsBuilder builder = new StreamsBuilder();
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test-2");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(
                EnrichTopology.build(
                        builder,
                        TOPICS,
                        rawSerde,
                        enrichedSerde,
                        extractor::extract,
                        "fingerprint-2",
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        new EnrichMetrics(registry)),
                properties);
        driver.getKeyValueStore(EnrichTopology.REVISION_STORE).put("a", remembered);
        raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), rawSerde.serializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), new StringDeserializer(), enrichedSerde.deserializer());

        raw.pipeInput("a", article("a", 2, "正文"));

        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::getRevision)
                .containsExactly(2L);
    }
}
