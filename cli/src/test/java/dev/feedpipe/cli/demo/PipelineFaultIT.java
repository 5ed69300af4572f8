package dev.feedpipe.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary faults on the way from ingest to the feed: every article that got 202 must arrive, and
 * nothing may be dead-lettered for a fault of the infrastructure. Each test prints a line of the
 * fault table: sent, acknowledged, in the feed, dead letters, duplicates.
 */
@ExtendWith(LocalStackExtension.class)
class PipelineFaultIT {

    @TempDir
    Path tempDir;

    @Test
    void aTwentySecondRegistryOutageInTheMiddleOfTwoThousandPostsLosesNothing(StackEndpoints stack) throws Exception {
        int articles = 2000;
        LocalStack localStack = new LocalStack(StackConfig.load(ProjectRoot.find(), System.getenv()), System.out);
        try (ScratchPipeline pipeline = ScratchPipeline.start(stack, "registry-fault", 3, tempDir)) {
            Poster poster = new Poster(pipeline.url("ingest"), "registry-", articles, 4);
            poster.start();
            await().atMost(Duration.ofSeconds(120)).until(() -> poster.acknowledged.size() >= articles / 4);
            localStack.stop("registry");
            try {
                // enrich and index restart while the registry is away: their schema caches are cold
                pipeline.restart("enrich");
                pipeline.restart("index");
                Thread.sleep(20_000);
            } finally {
                localStack.up();
            }
            assertThat(poster.finish(Duration.ofMinutes(5)))
                    .as("posting finished")
                    .isTrue();
            assertNothingLost("registry stopped 20 s", stack, pipeline, poster, articles);
        }
    }

    @Test
    void killingThePartitionLeaderOfAThreeBrokerClusterDuringFiveThousandPostsLosesNothing(StackEndpoints shared)
            throws Exception {
        int articles = 5000;
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("FEEDPIPE_STACK_HOME", tempDir.resolve("cluster").toString());
        env.put("FEEDPIPE_KAFKA_BROKERS", "3");
        env.put("FEEDPIPE_KAFKA_PORT", "19092");
        env.put("FEEDPIPE_KAFKA_CONTROLLER_PORT", "19093");
        env.put("FEEDPIPE_STACK_HEAP", "384m");
        env.put(
                "FEEDPIPE_REGISTRY_PORT",
                Integer.toString(URI.create(shared.registryUrl()).getPort()));
        env.put(
                "FEEDPIPE_ELASTICSEARCH_PORT",
                Integer.toString(URI.create(shared.elasticsearchUrl()).getPort()));
        // three Kafka nodes of its own; the registry and Elasticsearch are the shared ones, already up
        LocalStack cluster = new LocalStack(StackConfig.load(ProjectRoot.find(), env), System.out);
        try {
            StackEndpoints stack = cluster.up().endpoints();
            assertThat(stack.bootstrapServers().split(",")).hasSize(3);
            try (ScratchPipeline pipeline = ScratchPipeline.start(stack, "broker-fault", 6, tempDir);
                    Admin admin = Admin.create(
                            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
                TopicDescription raw = admin.describeTopics(List.of(pipeline.topics.raw()))
                        .allTopicNames()
                        .get(30, TimeUnit.SECONDS)
                        .get(pipeline.topics.raw());
                assertThat(raw.partitions().get(0).replicas())
                        .as("three copies")
                        .hasSize(3);
                Poster poster = new Poster(pipeline.url("ingest"), "broker-", articles, 8);
                poster.start();
                await().atMost(Duration.ofSeconds(120)).until(() -> poster.acknowledged.size() >= articles / 5);
                int leader = raw.partitions().get(0).leader().id();
                long pid = cluster.status().stream()
                        .filter(s -> s.name().equals("kafka-" + leader))
                        .findFirst()
                        .flatMap(LocalStack.ServiceStatus::pid)
                        .orElseThrow();
                assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly())
                        .isTrue();
                System.out.printf(
                        "killed kafka-%d (pid %d), the leader of %s-0, after %d acknowledged posts%n",
                        leader, pid, pipeline.topics.raw(), poster.acknowledged.size());
                Thread.sleep(10_000);
                cluster.up();
                await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(() -> admin
                                .describeTopics(List.of(pipeline.topics.raw()))
                                .allTopicNames()
                                .get(10, TimeUnit.SECONDS)
                                .get(pipeline.topics.raw())
                                .partitions()
                                .stream()
                                .allMatch(p -> p.isr().size() == 3));
                assertThat(poster.finish(Duration.ofMinutes(8)))
                        .as("posting finished")
                        .isTrue();
                assertNothingLost("partition leader SIGKILLed (3 brokers)", stack, pipeline, poster, articles);
            }
        } finally {
            cluster.down();
        }
    }

    private static void assertNothingLost(
            String fault, StackEndpoints stack, ScratchPipeline pipeline, Poster poster, int sent) throws Exception {
        Set<String> acknowledged = poster.acknowledged;
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        long inFeed = PipelineProbe.countIds(stack.elasticsearchUrl(), pipeline.name, acknowledged);
        while (inFeed != acknowledged.size() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            inFeed = PipelineProbe.countIds(stack.elasticsearchUrl(), pipeline.name, acknowledged);
        }
        long deadLetters = PipelineProbe.recordsIn(stack, pipeline.topics.deadLetter());
        long duplicates = PipelineProbe.duplicateOutputs(stack, pipeline.topics.enriched());
        System.out.printf(
                "| %s | %d | %d (503: %d) | %d | %d | %d |%n",
                fault, sent, acknowledged.size(), poster.unavailable.get(), inFeed, deadLetters, duplicates);
        assertThat(inFeed).as("every acknowledged article in the feed").isEqualTo(acknowledged.size());
        assertThat(poster.failures).as("every answer is 202 or 503").isEmpty();
        assertThat(acknowledged.size()).as("most posts are accepted").isGreaterThan(sent / 2);
        assertThat(deadLetters).as("nothing dead-lettered for an outage").isZero();
        assertThat(duplicates).as("exactly once into the enriched topic").isZero();
    }
}
