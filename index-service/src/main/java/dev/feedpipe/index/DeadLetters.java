package dev.feedpipe.index;

import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends records the indexer cannot write to the dead-letter topic, with the source bytes untouched
 * and the reason and origin in headers (named like Kafka Streams' own, so one tool reads both).
 * Each send is acknowledged before the source offset may be committed.
 */
public final class DeadLetters implements AutoCloseable {

    private final String topic;
    private final KafkaProducer<byte[], byte[]> producer;

    public DeadLetters(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaClients(bootstrapServers)
                .producer("feedpipe-index-dlq", new ByteArraySerializer(), new ByteArraySerializer(), Map.of());
    }

    public void send(IndexAction action, String exception, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.EXCEPTION, bytes(exception));
        headers.add(DeadLetterHeaders.REASON, bytes(abbreviate(reason)));
        headers.add(DeadLetterHeaders.TOPIC, bytes(action.partition().topic()));
        headers.add(
                DeadLetterHeaders.PARTITION,
                bytes(Integer.toString(action.partition().partition())));
        headers.add(DeadLetterHeaders.OFFSET, bytes(Long.toString(action.offset())));
        headers.add(DeadLetterHeaders.STAGE, bytes("index"));
        try {
            producer.send(new ProducerRecord<>(topic, null, action.sourceKey(), action.sourceValue(), headers))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to the dead-letter topic " + topic + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter", e);
        }
    }

    /** Reasons may quote the offending value (Elasticsearch does); a header needs the reason, not a 40 KB preview. */
    private static String abbreviate(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 1000) + "...";
    }

    private static byte[] bytes(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
