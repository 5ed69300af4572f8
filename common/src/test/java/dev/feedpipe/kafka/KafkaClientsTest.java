package dev.feedpipe.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.config.Catalog;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    private final KafkaClients kafka = new KafkaClients("127.0.0.1:1");

    @Test
    void aProducerWritesDurablyUpToTheTopicsLimitAndCallersAddTheirOwn() {
        assertThat(kafka.producerSettings("feedpipe-test", Map.of(ProducerConfig.LINGER_MS_CONFIG, 7)))
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "feedpipe-test")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Catalog.MAX_MESSAGE_BYTES)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 7);
    }

    @Test
    void aConsumerReadsOnlyCommittedRecordsAndCommitsOnlyWhenTold() {
        assertThat(kafka.consumerSettings("c", Map.of(ConsumerConfig.GROUP_ID_CONFIG, "g")))
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "g");
    }

    @Test
    void theSettingsAreOnesKafkaAccepts() {
        try (KafkaConsumer<String, String> consumer =
                kafka.consumer("feedpipe-test", new StringDeserializer(), new StringDeserializer(), Map.of())) {
            assertThat(consumer.metrics().keySet())
                    .anySatisfy(name -> assertThat(name.tags()).containsEntry("client-id", "feedpipe-test"));
        }
    }
}
