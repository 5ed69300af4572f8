package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.config.InvalidSettingException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {

    private static final Path ROOT = Path.of("/srv/feedpipe");

    @Test
    void defaultsAreTheUsualPortsAndAProjectLocalHome() {
        StackConfig config = StackConfig.load(ROOT, Map.of());

        assertThat(config.endpoints())
                .isEqualTo(new StackEndpoints("127.0.0.1:9092", "http://127.0.0.1:8081", "http://127.0.0.1:9200"));
        assertThat(config.home()).isEqualTo(ROOT.resolve(".feedpipe/stack"));
        assertThat(config.partitions()).isEqualTo(6);
    }

    @Test
    void environmentVariablesMoveThePortsAndTheHome() {
        StackConfig config = StackConfig.load(
                ROOT,
                Map.of(
                        "FEEDPIPE_KAFKA_PORT", "19092",
                        "FEEDPIPE_ELASTICSEARCH_PORT", "19200",
                        "FEEDPIPE_STACK_HOME", "/tmp/elsewhere"));

        assertThat(config.endpoints().bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(config.endpoints().elasticsearchUrl()).isEqualTo("http://127.0.0.1:19200");
        assertThat(config.home()).isEqualTo(Path.of("/tmp/elsewhere"));
    }

    @Test
    void aClusterOfThreeListsEveryNodeTenPortsApart() {
        StackConfig config =
                StackConfig.load(ROOT, Map.of("FEEDPIPE_KAFKA_BROKERS", "3", "FEEDPIPE_KAFKA_PORT", "19092"));

        assertThat(config.endpoints().bootstrapServers()).isEqualTo("127.0.0.1:19092,127.0.0.1:19102,127.0.0.1:19112");
        assertThat(TopicSetup.replicationFactor(3)).isEqualTo(3);
        assertThat(TopicSetup.minInSyncReplicas(3)).isEqualTo(2);
        assertThat(TopicSetup.replicationFactor(1)).isEqualTo(1);
        assertThat(TopicSetup.minInSyncReplicas(2))
                .as("two copies, both needed would stop writes at one loss")
                .isEqualTo(1);
        assertThatThrownBy(() -> StackConfig.load(ROOT, Map.of("FEEDPIPE_KAFKA_BROKERS", "6")))
                .hasMessageStartingWith("FEEDPIPE_KAFKA_BROKERS:");
    }

    @Test
    void anElasticsearchClusterOfThreeListsEveryNodeTenPortsApartAndKeepsItsSize(@TempDir Path home) {
        StackConfig config = StackConfig.load(
                ROOT,
                Map.of(
                        "FEEDPIPE_ELASTICSEARCH_NODES", "3",
                        "FEEDPIPE_ELASTICSEARCH_PORT", "19200",
                        "FEEDPIPE_STACK_HOME", home.toString()));

        assertThat(config.endpoints().elasticsearchUrl())
                .isEqualTo("http://127.0.0.1:19200,http://127.0.0.1:19210,http://127.0.0.1:19220");
        assertThat(config.endpoints().elasticsearchNode()).isEqualTo("http://127.0.0.1:19200");
        new LocalStack(config, System.out);
        assertThat(new LocalStack(StackConfig.load(ROOT, Map.of("FEEDPIPE_STACK_HOME", home.toString())), System.out)
                        .names())
                .containsExactly("kafka", "registry", "elasticsearch-1", "elasticsearch-2", "elasticsearch-3");
        assertThatThrownBy(() -> StackConfig.load(ROOT, Map.of("FEEDPIPE_ELASTICSEARCH_NODES", "4")))
                .hasMessageStartingWith("FEEDPIPE_ELASTICSEARCH_NODES:");
    }

    @Test
    void aStackKeepsTheSizeItWasCreatedWith(@TempDir Path home) {
        Map<String, String> three = Map.of("FEEDPIPE_STACK_HOME", home.toString(), "FEEDPIPE_KAFKA_BROKERS", "3");
        assertThat(new LocalStack(StackConfig.load(ROOT, three), System.out)
                        .config()
                        .kafkaBrokers())
                .isEqualTo(3);

        StackConfig unsaid = StackConfig.load(ROOT, Map.of("FEEDPIPE_STACK_HOME", home.toString()));
        assertThat(new LocalStack(unsaid, System.out).logFiles().keySet())
                .containsExactly("kafka-1", "kafka-2", "kafka-3", "registry", "elasticsearch");
        StackConfig other =
                StackConfig.load(ROOT, Map.of("FEEDPIPE_STACK_HOME", home.toString(), "FEEDPIPE_KAFKA_BROKERS", "2"));
        assertThatThrownBy(() -> new LocalStack(other, System.out))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("created with 3");
    }

    @Test
    void invalidValuesFailFastNamingTheVariable() {
        assertThatThrownBy(() -> StackConfig.load(ROOT, Map.of("FEEDPIPE_TOPICS_PARTITIONS", "0")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("FEEDPIPE_TOPICS_PARTITIONS:");
        assertThatThrownBy(() -> StackConfig.load(ROOT, Map.of("FEEDPIPE_STACK_HEAP", "lots")))
                .hasMessageStartingWith("FEEDPIPE_STACK_HEAP:");
    }
}
