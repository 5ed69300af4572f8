package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class AvroThroughRegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRawArticleProducedThroughTheRegistryIsConsumedInTheConfluentWireFormat(StackEndpoints stack)
            throws Exception {
        String topic = "it.avro-" + UUID.randomUUID();
        RawArticle article = RawArticle.newBuilder()
                .setId("a-" + UUID.randomUUID())
                .setRevision(3)
                .setTitle("分布式训练入门")
                .setBody("# 分布式训练\n\n`torch.distributed` 的基本用法。")
                .setFormat(ArticleFormat.MARKDOWN)
                .setTags(List.of("pytorch", "分布式"))
                .setPublishedAt(Instant.parse("2026-01-11T08:00:00Z"))
                .setIngestedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
        ArticleSerdes serdes = stack.serdes();
        new SchemaSetup(stack.confluentCompatibleUrl())
                .register(
                        Topics.valueSubject(topic), RawArticle.getClassSchema().toString());

        RecordMetadata sent;
        try (Serde<RawArticle> serde = serdes.raw();
                KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.bootstrapServers(),
                                ProducerConfig.ACKS_CONFIG,
                                "all"),
                        new StringSerializer(),
                        serde.serializer())) {
            sent = producer.send(new ProducerRecord<>(topic, article.getId(), article))
                    .get();
        }

        byte[] value = readValue(stack, new TopicPartition(topic, sent.partition()), sent.offset());
        ByteBuffer wire = ByteBuffer.wrap(value);
        assertThat(wire.get()).as("Confluent magic byte").isZero();
        int schemaId = wire.getInt();
        Schema registered = new Schema.Parser().parse(schemaById(stack, schemaId));
        assertThat(registered).isEqualTo(RawArticle.getClassSchema());

        try (Serde<RawArticle> serde = serdes.raw()) {
            RawArticle decoded = serde.deserializer().deserialize(topic, value);
            assertThat(decoded).isEqualTo(article);
        }
    }

    private static byte[] readValue(StackEndpoints stack, TopicPartition partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("record at " + partition + "@" + offset + " not consumed");
    }

    private static String schemaById(StackEndpoints stack, int id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stack.confluentCompatibleUrl() + "/schemas/ids/" + id))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.path("schema").asText();
    }
}
