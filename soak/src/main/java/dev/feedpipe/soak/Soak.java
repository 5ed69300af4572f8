package dev.feedpipe.soak;

import dev.feedpipe.config.Service;
import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One soak: the cluster up, writers and nemesis started together, the faults healed and the writers done, the
 * pipeline given time to settle, then the history checked against what it holds, twice, a while apart.
 *
 * @param rate operations per second, all writers together
 */
record Soak(
        Path projectRoot,
        Path folder,
        Duration run,
        long seed,
        double rate,
        int ingestInstances,
        int elasticsearchNodes,
        PrintStream out) {

    static final int WRITERS = 4;
    /** How many operations an id gets on average: enough for revisions and deletes to meet faults. */
    private static final int OPERATIONS_PER_ID = 6;

    private static final Duration ANSWER_GRACE = Duration.ofMinutes(2);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SECOND_LOOK = Duration.ofSeconds(15);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    FaultSchedule schedule() {
        return FaultSchedule.draw(
                seed,
                run,
                Map.of(
                        FaultKind.Part.ENRICH,
                        SoakCluster.INSTANCES,
                        FaultKind.Part.INDEX,
                        SoakCluster.INSTANCES,
                        FaultKind.Part.INGEST,
                        ingestInstances,
                        FaultKind.Part.ELASTICSEARCH,
                        elasticsearchNodes));
    }

    /** Runs it; the verdict counts what went wrong, and a fault the nemesis could not heal fails it too. */
    Verdict execute() throws IOException, InterruptedException {
        FaultSchedule schedule = schedule();
        out.print(schedule.describe());
        History history = new History();
        try (SoakCluster cluster = new SoakCluster(projectRoot, folder, ingestInstances, elasticsearchNodes, out)) {
            cluster.start();
            long idsPerWriter = Math.max(10, Math.round(rate * run.toSeconds() / (OPERATIONS_PER_ID * WRITERS)));
            Writers writers =
                    new Writers(seed, cluster.urls(Service.INGEST), WRITERS, rate, (int) idsPerWriter, history);
            Nemesis nemesis = new Nemesis(cluster, out);
            long start = System.nanoTime();
            long stopAt = start + run.toNanos();
            out.printf(
                    "+  0.0 s  load: %.0f operations/s from %d writers over %d ids%n",
                    rate, WRITERS, idsPerWriter * WRITERS);
            List<Thread> threads = writers.start(stopAt, stopAt + ANSWER_GRACE.toNanos());
            nemesis.start(schedule, start);
            for (Thread alive = threads.getFirst();
                    alive != null;
                    alive = threads.stream().filter(Thread::isAlive).findFirst().orElse(null)) {
                alive.join(PROGRESS_EVERY);
                out.printf(
                        "+%5.1f s  load: %d acknowledged, %d 503s, %d lost connections%n",
                        (System.nanoTime() - start) / 1e9,
                        history.count(Operation.Outcome.ACKNOWLEDGED),
                        writers.unavailable.get(),
                        writers.connectionFailures.get());
            }
            for (Thread thread : threads) {
                thread.join();
            }
            List<String> nemesisFailures = nemesis.await();
            writeHistory(history);
            Probe probe = new Probe(
                    cluster.endpoints(),
                    cluster.indexName(),
                    cluster.urls(Service.FEED).getFirst(),
                    Topics.defaults().enriched(),
                    Topics.defaults().deadLetter());
            Set<String> ids = new LinkedHashSet<>();
            history.operations().forEach(operation -> ids.add(operation.id()));
            settle(probe, ids, history, start);
            List<Observation> observations = new ArrayList<>();
            observations.add(probe.observe(ids, true));
            Thread.sleep(SECOND_LOOK);
            observations.add(probe.observe(ids, true));
            Verdict verdict = Checker.check(history, schedule.faults().size(), observations);
            verdict.examples().forEach(example -> out.println("  " + example));
            nemesisFailures.forEach(failure -> out.println("  nemesis could not: " + failure));
            out.printf(
                    "%d operations unanswered at the end (allowed either way), %d 503s retried, %d lost connections%n",
                    history.count(Operation.Outcome.UNKNOWN),
                    writers.unavailable.get(),
                    writers.connectionFailures.get());
            return nemesisFailures.isEmpty() ? verdict : verdict.withErrors(nemesisFailures.size());
        }
    }

    /** Waits until Elasticsearch and the feed hold what the history allows, or the time is up (then the check says what is off). */
    private void settle(Probe probe, Set<String> ids, History history, long start) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Checker.settled(history, probe.observe(ids, false))) {
                    out.printf("+%5.1f s  settled%n", (System.nanoTime() - start) / 1e9);
                    return;
                }
            } catch (IOException e) {
                out.printf("+%5.1f s  not readable yet: %s%n", (System.nanoTime() - start) / 1e9, e.getMessage());
            }
            Thread.sleep(3000);
        }
        out.printf("not settled after %d s%n", SETTLE_TIMEOUT.toSeconds());
    }

    /** The history as a table beside the cluster's logs, for a look after a red soak. */
    private void writeHistory(History history) throws IOException {
        List<String> lines = new ArrayList<>(List.of("sequence\tid\tkind\trevision\toutcome\tattempts\tdetail"));
        history.operations()
                .forEach(o -> lines.add(String.join(
                        "\t",
                        Long.toString(o.sequence()),
                        o.id(),
                        o.kind().name(),
                        Long.toString(o.revision()),
                        o.outcome().name(),
                        Integer.toString(o.attempts()),
                        o.detail())));
        Files.createDirectories(folder);
        Files.write(folder.resolve("history.tsv"), lines, StandardCharsets.UTF_8);
        out.println("history: " + folder.resolve("history.tsv"));
    }
}
