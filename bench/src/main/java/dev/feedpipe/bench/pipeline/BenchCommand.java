package dev.feedpipe.bench.pipeline;

import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feedpipe bench pipeline}: throughput and latency of the pipeline against its own limits. Runs the
 * services as their own JVMs and talks to them, Kafka and Elasticsearch only through their public interfaces.
 */
@Command(
        name = "feedpipe bench pipeline",
        mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline on the local stack: Kafka producer and Elasticsearch bulk baselines, "
                + "each stage alone, end to end at full and half load; table written to benchmarks/target/bench/.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "1000", description = "Articles per run (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--seconds",
            description = "Size the run by time instead: seconds x the bulk baseline's rate (measured "
                    + "first) articles, the time the slowest stage would take at its ceiling; overrides --articles.")
    Integer seconds;

    @Option(
            names = "--clients",
            defaultValue = "8",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--settle-seconds",
            defaultValue = "240",
            description = "Longest end-to-end warm-up, in rounds of a "
                    + "fifth of the articles, until the JIT compilers use under 10 %% of each service's CPU; 0: one round "
                    + "(default: ${DEFAULT-VALUE}).")
    int settleSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path root = ProjectRoot.find();
        LocalStack stack = new LocalStack(StackConfig.load(root, System.getenv()), System.out);
        BenchReport report = new PipelineBench(
                        root,
                        stack.up().endpoints(),
                        seconds == null ? RunSize.articles(articles) : RunSize.seconds(seconds),
                        clients,
                        Duration.ofSeconds(settleSeconds),
                        System.out)
                .run();
        report.write(root.resolve("benchmarks/target/bench"), System.out);
        return 0;
    }
}
