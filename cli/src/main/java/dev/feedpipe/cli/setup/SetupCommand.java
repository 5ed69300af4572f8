package dev.feedpipe.cli.setup;

import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.StackEndpoints;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedpipe setup}: topics and schemas on an existing cluster (docker-compose runs it once). */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Create the article topics that are missing and register the Avro schemas (compatibility BACKWARD) "
                + "on an existing Kafka and registry.")
public final class SetupCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", defaultValue = "${env:FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}")
    String bootstrapServers;

    @Option(names = "--registry-url", defaultValue = "${env:FEEDPIPE_REGISTRY_URL:-http://127.0.0.1:8081}")
    String registryUrl;

    @Option(names = "--partitions", defaultValue = "${env:FEEDPIPE_TOPICS_PARTITIONS:-6}")
    int partitions;

    @Option(names = "--raw-topic", defaultValue = "${env:FEEDPIPE_TOPIC_RAW:-articles.raw}")
    String raw;

    @Option(names = "--enriched-topic", defaultValue = "${env:FEEDPIPE_TOPIC_ENRICHED:-articles.enriched}")
    String enriched;

    @Option(names = "--dlq-topic", defaultValue = "${env:FEEDPIPE_TOPIC_DLQ:-articles.dlq}")
    String deadLetter;

    @Override
    public Integer call() {
        ClusterSetup.run(new StackEndpoints(bootstrapServers, registryUrl, ""), new Topics(raw, enriched, deadLetter),
                partitions, System.out);
        return 0;
    }
}
