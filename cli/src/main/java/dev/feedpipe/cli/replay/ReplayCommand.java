package dev.feedpipe.cli.replay;

import dev.feedpipe.enrich.Replay;
import dev.feedpipe.kafka.KafkaClients;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code feedpipe replay}: re-enrich every article from the raw topic. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Re-enrich every article from the raw topic after the extractor changed.",
            "Stop every enrich-service instance first; start them again afterwards. Articles whose "
                    + "enriched form changed are re-published at the same revision (the index accepts an "
                    + "equal revision); unchanged ones produce nothing, so nothing is duplicated."
        })
public final class ReplayCommand implements Callable<Integer> {

    @Option(
            names = "--bootstrap-servers",
            descriptionKey = "kafka.bootstrap.servers",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(
            names = "--application-id",
            descriptionKey = "enrich.application.id",
            description = "The enrich service's application id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(
            names = "--raw-topic",
            descriptionKey = "topic.raw",
            description = "The raw topic (default: ${DEFAULT-VALUE}).")
    String rawTopic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = new KafkaClients(bootstrapServers)
                .admin("feedpipe-replay", Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Replay.Result result = Replay.resetToEarliest(admin, applicationId, rawTopic);
            out.printf(
                    "reset %s on %d partitions of %s: enrich-service will re-read %d records when it starts%n",
                    applicationId, result.partitions(), rawTopic, result.records());
            return 0;
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("feedpipe replay: " + e.getMessage());
            return 1;
        }
    }
}
