package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class LocalStackIT {

    @Test
    void upIsIdempotentOnARunningStack(StackEndpoints stack) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        LocalStack localStack = new LocalStack(
                StackConfig.load(ProjectRoot.find(), System.getenv()),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        LocalStack.UpResult again = localStack.up();

        assertThat(again.started()).isEmpty();
        assertThat(again.endpoints()).isEqualTo(stack);
        assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("starting");
        assertThat(localStack.status())
                .allSatisfy(status -> assertThat(status.ready()).isTrue());
    }

    @Test
    void theArticleTopicsExistWithTheirCleanupPolicies(StackEndpoints stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Topics topics = Topics.defaults();
            Map<String, TopicDescription> descriptions = admin.describeTopics(
                            Set.of(topics.raw(), topics.enriched(), topics.deadLetter()))
                    .allTopicNames()
                    .get();
            assertThat(descriptions.get(topics.raw()).partitions()).hasSizeGreaterThanOrEqualTo(1);

            assertThat(cleanupPolicy(admin, topics.raw())).isEqualTo("compact");
            assertThat(cleanupPolicy(admin, topics.enriched())).isEqualTo("compact");
            assertThat(cleanupPolicy(admin, topics.deadLetter())).isEqualTo("delete");
        }
    }

    private static String cleanupPolicy(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(Set.of(resource))
                .all()
                .get()
                .get(resource)
                .get("cleanup.policy")
                .value();
    }
}
