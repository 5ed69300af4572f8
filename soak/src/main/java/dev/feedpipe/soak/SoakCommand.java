package dev.feedpipe.soak;

import dev.feedpipe.stack.ProjectRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedpipe soak}: see {@link Soak}. */
@Command(
        name = "feedpipe soak",
        mixinStandardHelpOptions = true,
        description =
                "Run the pipeline on a cluster of its own (3 Kafka nodes, registry, 1 or 3 Elasticsearch nodes, 2 enrich,"
                        + " 2 index, 1-2 ingest) under a steady load of posts, revisions and deletes while a seeded nemesis"
                        + " kills, freezes and restarts its parts; then check every acknowledged write against Elasticsearch,"
                        + " the feed and the topics. Exits 1 on any loss, stale or resurrected article, dead letter,"
                        + " duplicate or error.")
public final class SoakCommand implements Callable<Integer> {

    @Option(
            names = "--minutes",
            defaultValue = "10",
            description = "Minutes of load and faults (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(
            names = "--seed",
            description = "The seed of the fault schedule and the writers (default: a random one, printed).")
    Long seed;

    @Option(
            names = "--rate",
            defaultValue = "20",
            description = "Operations per second, all writers together (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--ingest-instances", defaultValue = "2", description = "1 or 2 (default: ${DEFAULT-VALUE}).")
    int ingestInstances;

    @Option(
            names = "--es-nodes",
            defaultValue = "1",
            description = "Elasticsearch nodes, 1 or 3; with 3 every shard has a replica and the nemesis kills or"
                    + " freezes one node at a time (default: ${DEFAULT-VALUE}).")
    int elasticsearchNodes;

    @Option(names = "--schedule-only", description = "Print the seed's fault schedule and exit.")
    boolean scheduleOnly;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (ingestInstances < 1
                || ingestInstances > 2
                || (elasticsearchNodes != 1 && elasticsearchNodes != 3)
                || minutes <= 0
                || rate <= 0) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this),
                    "--ingest-instances is 1 or 2, --es-nodes 1 or 3; --minutes and --rate are positive");
        }
        long chosen = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        Path root = ProjectRoot.find();
        Soak soak = new Soak(
                root,
                root.resolve(".feedpipe/soak"),
                Duration.ofMillis(Math.round(minutes * 60_000)),
                chosen,
                rate,
                ingestInstances,
                elasticsearchNodes,
                System.out);
        if (scheduleOnly) {
            System.out.print(soak.schedule().describe());
            return 0;
        }
        System.out.printf("soak: seed %d (replay with --seed %d)%n", chosen, chosen);
        Verdict verdict = soak.execute();
        System.out.println(verdict.line());
        return verdict.clean() ? 0 : 1;
    }
}
