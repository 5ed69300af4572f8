package dev.feedpipe.stack;

import dev.feedpipe.schema.Topics;
import java.io.PrintStream;
import java.util.List;

/**
 * Prepares any Kafka cluster and registry for the pipeline, embedded or not: creates the article
 * topics that are missing and registers the value schemas with their compatibility rule.
 */
public final class ClusterSetup {

    private ClusterSetup() {}

    public static void run(StackEndpoints endpoints, Topics topics, int partitions, PrintStream out) {
        List<String> created = new TopicSetup(endpoints.bootstrapServers(), partitions).ensure(topics);
        out.printf("topics: %s%n", created.isEmpty() ? "all present" : "created " + created);
        new SchemaSetup(endpoints.confluentCompatibleUrl())
                .ensure(topics)
                .forEach(r -> out.printf(
                        "schema %s registered (id %d, %s)%n", r.subject(), r.id(), SchemaSetup.COMPATIBILITY));
    }
}
