package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Creates the article topics that are missing; existing topics are left as they are. */
final class TopicSetup {

    private static final long DEAD_LETTER_RETENTION_MS = Duration.ofDays(14).toMillis();

    private final String bootstrapServers;
    private final int partitions;

    TopicSetup(String bootstrapServers, int partitions) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
    }

    /** Three copies of every record where there are three brokers or more, else one per broker. */
    static int replicationFactor(int brokers) {
        return Math.min(3, brokers);
    }

    /** With three copies an acknowledged write survives the loss of any one broker, and writes go on. */
    static int minInSyncReplicas(int brokers) {
        return replicationFactor(brokers) >= 3 ? 2 : 1;
    }

    /** Returns the names of the topics it created. */
    List<String> ensure(Topics topics) {
        try (Admin admin = new KafkaClients(bootstrapServers)
                .admin(
                        "feedpipe-topic-setup",
                        Map.of(
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            int brokers =
                    admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).size();
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : wanted(topics, brokers)) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("could not create the topics on " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating topics", e);
        }
    }

    private List<NewTopic> wanted(Topics topics, int brokers) {
        String maxMessage = Integer.toString(Catalog.MAX_MESSAGE_BYTES);
        String minInSync = Integer.toString(minInSyncReplicas(brokers));
        short replicas = (short) replicationFactor(brokers);
        Map<String, String> compacted = Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                maxMessage,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                minInSync);
        Map<String, String> deadLetter = Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(DEAD_LETTER_RETENTION_MS),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                maxMessage,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                minInSync);
        return List.of(
                new NewTopic(topics.raw(), partitions, replicas).configs(compacted),
                new NewTopic(topics.enriched(), partitions, replicas).configs(compacted),
                new NewTopic(topics.deadLetter(), partitions, replicas).configs(deadLetter),
                new NewTopic(topics.redriven(), 1, replicas).configs(compacted),
                new NewTopic(KafkaBroker.HEALTH_TOPIC, 1, replicas));
    }
}
