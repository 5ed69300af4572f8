package dev.feedpipe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.SchemaSetup;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import dev.feedpipe.testing.openapi.OpenApiContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22: ingest's OpenAPI document is complete: requests drawn from it (bounded, seeded) against the
 * real Kafka and registry never get a 5xx, and every answer is what the document says.
 */
@ExtendWith(LocalStackExtension.class)
class IngestContractIT {

    private static final long SEED = Long.getLong("feedpipe.contract.seed", 22L);
    private static final int REQUESTS_PER_OPERATION = 60;
    private static final String TOKEN = "contract-" + UUID.randomUUID();

    @Test
    void everyAnswerToRequestsDrawnFromTheDocumentMatchesIt(StackEndpoints stack) throws Exception {
        String topic = "it.contract-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        new SchemaSetup(stack.confluentCompatibleUrl())
                .register(
                        Topics.valueSubject(topic), RawArticle.getClassSchema().toString());
        try (IngestService service = new IngestService(IngestConfig.load(Map.of(
                "FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS",
                stack.bootstrapServers(),
                "FEEDPIPE_REGISTRY_URL",
                stack.registryUrl(),
                "FEEDPIPE_INGEST_HTTP_PORT",
                "0",
                "FEEDPIPE_INGEST_TOKEN",
                TOKEN,
                "FEEDPIPE_TOPIC_RAW",
                topic)))) {
            String base = "http://127.0.0.1:" + service.port();
            OpenApiContract contract = new OpenApiContract(
                    base,
                    OpenApiContract.served(base, "/api/openapi.json"),
                    Map.of("Authorization", "Bearer " + TOKEN),
                    Map.of("id", List.of("a-1", "b.2", "c:3")));

            OpenApiContract.Report report = contract.check(SEED, REQUESTS_PER_OPERATION);

            System.out.println(report.summary());
            assertThat(report.violations()).as(report.summary()).isEmpty();
            assertThat(report.statuses().get("POST /api/articles"))
                    .as("the draw reaches accepted and refused posts")
                    .containsKeys(202, 400);
            assertThat(report.statuses().get("DELETE /api/articles/{id}")).containsKeys(202, 400);
        } finally {
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }
}
