package dev.feedpipe.kafka;

import dev.feedpipe.config.Catalog;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The Kafka clients of the pipeline and its tools, configured in one place. What every client of the
 * article topics must have is set here: producers write with {@code acks=all}, idempotently, up to the
 * topics' record limit ({@link Catalog#MAX_MESSAGE_BYTES}); consumers read only committed records, from the
 * start, and commit only when told. Each caller names its client (its id in broker logs and metrics)
 * and adds what is its own.
 *
 * @param bootstrapServers the cluster's bootstrap servers
 */
public record KafkaClients(String bootstrapServers) {

    /** A producer; {@code settings} add to or override the defaults. */
    public <K, V> KafkaProducer<K, V> producer(
            String clientId, Serializer<K> keys, Serializer<V> values, Map<String, Object> settings) {
        return new KafkaProducer<>(producerSettings(clientId, settings), keys, values);
    }

    /** A consumer (of a group when {@code settings} name one); {@code settings} add to or override the defaults. */
    public <K, V> KafkaConsumer<K, V> consumer(
            String clientId, Deserializer<K> keys, Deserializer<V> values, Map<String, Object> settings) {
        return new KafkaConsumer<>(consumerSettings(clientId, settings), keys, values);
    }

    /** An admin client; {@code settings} add to or override the defaults. */
    public Admin admin(String clientId, Map<String, Object> settings) {
        return Admin.create(with(common(clientId), settings));
    }

    /** What {@link #producer} configures. */
    public Map<String, Object> producerSettings(String clientId, Map<String, Object> settings) {
        Map<String, Object> config = common(clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Catalog.MAX_MESSAGE_BYTES);
        return with(config, settings);
    }

    /** What {@link #consumer} configures. */
    public Map<String, Object> consumerSettings(String clientId, Map<String, Object> settings) {
        Map<String, Object> config = common(clientId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return with(config, settings);
    }

    private Map<String, Object> common(String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    private static Map<String, Object> with(Map<String, Object> defaults, Map<String, Object> settings) {
        defaults.putAll(settings);
        return Map.copyOf(defaults);
    }
}
