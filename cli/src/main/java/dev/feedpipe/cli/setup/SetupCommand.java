package dev.feedpipe.cli.setup;

import dev.feedpipe.cli.config.TopicOptions;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.StackEndpoints;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code feedpipe setup}: topics and schemas on an existing cluster (docker-compose runs it once). */
@Command(
        name = "setup",
        mixinStandardHelpOptions = true,
        description =
                "Create the article topics that are missing and register the Avro schemas (compatibility BACKWARD) "
                        + "on an existing Kafka and registry.")
public final class SetupCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", descriptionKey = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--registry-url", descriptionKey = "registry.url")
    String registryUrl;

    @Option(names = "--partitions", descriptionKey = "topics.partitions")
    int partitions;

    @Mixin
    TopicOptions topicOptions;

    @Override
    public Integer call() {
        ClusterSetup.run(
                new StackEndpoints(bootstrapServers, registryUrl, ""), topicOptions.topics(), partitions, System.out);
        return 0;
    }
}
