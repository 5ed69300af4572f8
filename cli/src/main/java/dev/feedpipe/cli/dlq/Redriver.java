package dev.feedpipe.cli.dlq;

import dev.feedpipe.cli.kafka.FromStart;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.DeadLetterHeaders;
import dev.feedpipe.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Sends dead letters back to the topic they came from, each at most once. The re-driven record and
 * the note that remembers it (in {@link Topics#redriven()}, keyed by the dead letter's position) are
 * written in one Kafka transaction: either both are there or neither. The memory is read only after
 * the transactional producer has fenced any other re-drive of the same dead-letter topic, so two
 * operators running it at once cannot both send the same dead letter.
 */
final class Redriver implements AutoCloseable {

    /** Names the dead letter a re-driven record came from, for whoever traces it later. */
    static final String REDRIVEN_FROM = "feedpipe.redriven-from";

    private static final int TRANSACTION_RECORDS = 500;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final Topics topics;
    private final Clock clock;
    private final KafkaProducer<byte[], byte[]> producer;

    Redriver(String bootstrapServers, Topics topics, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.clock = clock;
        this.producer = new KafkaClients(bootstrapServers)
                .producer(
                        "feedpipe-dlq-retry",
                        new ByteArraySerializer(),
                        new ByteArraySerializer(),
                        Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "feedpipe-dlq-retry:" + topics.deadLetter()));
        producer.initTransactions();
    }

    /** Every dead letter there is now, oldest first per partition. */
    List<DeadLetter> deadLetters() {
        List<DeadLetter> letters = new ArrayList<>();
        readAll(topics.deadLetter(), new ByteArrayDeserializer(), record -> letters.add(DeadLetter.of(record)));
        return letters;
    }

    /** The positions of the dead letters re-driven before. */
    Set<String> redriven() {
        Set<String> positions = new HashSet<>();
        readAll(topics.redriven(), new StringDeserializer(), record -> positions.add(record.key()));
        return positions;
    }

    /** Sends the plan's dead letters, a transaction per {@value #TRANSACTION_RECORDS}. */
    void send(List<DeadLetter> letters) {
        for (int start = 0; start < letters.size(); start += TRANSACTION_RECORDS) {
            producer.beginTransaction();
            for (DeadLetter letter : letters.subList(start, Math.min(letters.size(), start + TRANSACTION_RECORDS))) {
                String origin = letter.origin().orElseThrow();
                producer.send(new ProducerRecord<>(origin, null, letter.key(), letter.value(), headers(letter)));
                producer.send(new ProducerRecord<>(
                        topics.redriven(), null, bytes(letter.position()), bytes(origin + " " + clock.instant())));
            }
            producer.commitTransaction();
        }
    }

    /** The dead letter's own headers (a tombstone's revision, say) without the dead-letter ones. */
    private static RecordHeaders headers(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!DeadLetterHeaders.isDeadLetterHeader(header.key())) {
                headers.add(header);
            }
        }
        headers.add(REDRIVEN_FROM, bytes(letter.position()));
        return headers;
    }

    private <K> void readAll(String topic, Deserializer<K> keys, Consumer<ConsumerRecord<K, byte[]>> each) {
        try (KafkaConsumer<K, byte[]> consumer = new KafkaClients(bootstrapServers)
                .consumer("feedpipe-dlq-retry", keys, new ByteArrayDeserializer(), Map.of())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist; create it with ./feedpipe setup");
            }
            FromStart.read(consumer, partitions, READ_TIMEOUT, each);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
