package dev.feedpipe.ingest.publish;

import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.ArticleHeaders;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.RawArticle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes to Kafka with an idempotent producer and {@code acks=all}. Every wait is bounded by the
 * produce timeout, so an unreachable cluster gives a prompt {@link PublishUnavailableException}
 * instead of a hanging request; the producer reconnects by itself when the cluster is back.
 */
public final class KafkaArticlePublisher implements ArticlePublisher {

    private static final long AVAILABILITY_CACHE_NANOS = Duration.ofSeconds(2).toNanos();

    private final String topic;
    private final int timeoutMs;
    private final Serde<RawArticle> serde;
    private final KafkaProducer<String, RawArticle> producer;
    private final Admin admin;
    private volatile long availabilityCheckedAt;
    private volatile boolean available;

    public KafkaArticlePublisher(String bootstrapServers, ArticleSerdes serdes, String topic, int timeoutMs) {
        this.topic = topic;
        this.timeoutMs = timeoutMs;
        this.serde = serdes.raw();
        KafkaClients kafka = new KafkaClients(bootstrapServers);
        this.producer = kafka.producer(
                "feedpipe-ingest",
                new StringSerializer(),
                serde.serializer(),
                Map.of(
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4",
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        timeoutMs / 2,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        timeoutMs / 2,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        timeoutMs));
        this.admin = kafka.admin(
                "feedpipe-ingest-admin",
                Map.of(
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000));
    }

    @Override
    public Receipt publish(RawArticle article) {
        return send(new ProducerRecord<>(topic, article.getId(), article));
    }

    @Override
    public Receipt delete(String id, long revision) {
        return send(new ProducerRecord<>(topic, null, id, null, List.of(ArticleHeaders.revision(revision))));
    }

    private Receipt send(ProducerRecord<String, RawArticle> record) {
        try {
            RecordMetadata metadata = producer.send(record).get(timeoutMs + 1000L, TimeUnit.MILLISECONDS);
            available = true;
            return new Receipt(metadata.topic(), metadata.partition(), metadata.offset());
        } catch (ExecutionException e) {
            throw unavailable(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException | KafkaException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private PublishUnavailableException unavailable(Throwable cause) {
        available = false;
        availabilityCheckedAt = System.nanoTime();
        return new PublishUnavailableException(
                "Kafka did not acknowledge within " + timeoutMs + " ms: "
                        + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                cause);
    }

    @Override
    public boolean isAvailable() {
        if (System.nanoTime() - availabilityCheckedAt > AVAILABILITY_CACHE_NANOS) {
            try {
                admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                        .nodes()
                        .get(3, TimeUnit.SECONDS);
                available = true;
            } catch (ExecutionException | TimeoutException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
            availabilityCheckedAt = System.nanoTime();
        }
        return available;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(5));
        serde.close();
    }
}
