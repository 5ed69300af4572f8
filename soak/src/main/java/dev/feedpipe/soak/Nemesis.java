package dev.feedpipe.soak;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Plays a {@link FaultSchedule} against the cluster, each fault on a thread of its own: strike at its time,
 * wait its length, heal (wake, start again). A fault whose part is still healing from an earlier one waits for
 * it, so that the schedule's promises (one broker at a time, one fault per process) hold even when a restart
 * runs long; the log says when each fault really struck.
 */
final class Nemesis {

    private final SoakCluster cluster;
    private final PrintStream out;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private long startNanos;

    Nemesis(SoakCluster cluster, PrintStream out) {
        this.cluster = cluster;
        this.out = out;
    }

    void start(FaultSchedule schedule, long startNanos) {
        this.startNanos = startNanos;
        for (Fault fault : schedule.faults()) {
            threads.add(Thread.ofPlatform().name("soak-nemesis").start(() -> play(fault)));
        }
    }

    /** Waits until every fault has been healed; returns what went wrong doing so (nothing, normally). */
    List<String> await() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        return List.copyOf(failures);
    }

    private void play(Fault fault) {
        sleepUntil(startNanos + fault.at().toNanos());
        String lockName = fault.kind().part().clustered()
                ? fault.kind().part().name()
                : fault.kind().part() + "-" + fault.target();
        ReentrantLock lock = locks.computeIfAbsent(lockName, name -> new ReentrantLock());
        lock.lock();
        try {
            strikeAndHeal(fault);
        } catch (Exception e) {
            failures.add(fault.describe() + ": " + e);
            log("FAILED %s: %s", fault.describe(), e);
        } finally {
            lock.unlock();
        }
    }

    private void strikeAndHeal(Fault fault) throws Exception {
        String target = fault.target();
        String name = switch (fault.kind().part()) {
            case KAFKA -> cluster.broker(target);
            case REGISTRY -> SoakCluster.REGISTRY;
            case ELASTICSEARCH -> cluster.elasticsearchNode(target);
            case ENRICH -> "enrich-" + target;
            case INDEX -> "index-" + target;
            case INGEST -> "ingest-" + target;
        };
        Duration length = fault.length();
        switch (fault.kind()) {
            case BROKER_KILL, ELASTICSEARCH_KILL, ENRICH_KILL, INDEX_KILL -> {
                log("SIGKILL %s", name);
                cluster.kill(name);
                Thread.sleep(length);
                cluster.start(name);
                log("%s started again", name);
            }
            case BROKER_PAUSE, ELASTICSEARCH_PAUSE, ENRICH_FREEZE, INDEX_FREEZE -> {
                log("SIGSTOP %s for %.0f s", name, length.toMillis() / 1000.0);
                cluster.freeze(name);
                Thread.sleep(length);
                cluster.wake(name);
                log("SIGCONT %s", name);
            }
            case REGISTRY_STOP -> {
                log("stop %s", name);
                cluster.stop(name);
                Thread.sleep(length);
                cluster.start(name);
                log("%s started again", name);
            }
            case ENRICH_RESTART, INDEX_RESTART, INGEST_RESTART -> {
                log("restart %s", name);
                cluster.stop(name);
                cluster.start(name);
                log("%s started again", name);
            }
        }
    }

    private void log(String format, Object... args) {
        out.printf("+%5.1f s  nemesis: %s%n", (System.nanoTime() - startNanos) / 1e9, String.format(format, args));
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
