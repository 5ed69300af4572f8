package dev.feedpipe.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every thread's CPU in one process at one moment, from {@code /proc/<pid>/task/*}: the ledger that Java
 * sampling profilers cannot give, since JIT compilers, GC, native code and client I/O threads burn CPU
 * outside the busiest Java frames. Threads are named by a thread dump ({@code jcmd <pid> Thread.print},
 * full Java names), else by their kernel name (15 characters).
 *
 * @param total the process's CPU seconds, threads that have exited included
 * @param threads each live thread's name and CPU seconds, by thread id
 */
record ThreadLedger(double total, Map<Long, Task> threads) {

    record Task(String name, double seconds) {}

    private static final double CLOCK_TICKS = 100.0;
    private static final Pattern DUMP_LINE = Pattern.compile("^\"(.*)\" .*\\bnid=(0x[0-9a-fA-F]+|\\d+)");
    private static final Pattern ES_POOL = Pattern.compile("^elasticsearch\\[[^\\]]*\\]\\[([^\\]]+)\\]");
    /** What exited between two snapshots used: the process total minus what the live threads show. */
    static final String EXITED = "threads that exited";

    static final String OTHER = "other";
    static final String JIT = "JIT compilers";

    /** Every thread with its Java name (a thread dump: a safepoint in the process, so not for every round). */
    static ThreadLedger of(long pid) {
        return of(pid, javaNames(pid));
    }

    /** Every thread with its kernel name, cheap enough to take often: enough to tell the JIT compilers apart. */
    static ThreadLedger kernelNamed(long pid) {
        return of(pid, Map.of());
    }

    private static ThreadLedger of(long pid, Map<Long, String> names) {
        Map<Long, Task> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    long tid = Long.parseLong(task.getFileName().toString());
                    String name = names.getOrDefault(
                            tid, Files.readString(task.resolve("comm")).strip());
                    threads.put(tid, new Task(name, seconds(Files.readString(task.resolve("stat")))));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            }
            return new ThreadLedger(seconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))), threads);
        } catch (IOException e) {
            return new ThreadLedger(0, Map.of());
        }
    }

    private static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS;
    }

    /** Thread id to Java thread name, from a thread dump; empty when the process cannot be attached to. */
    private static Map<Long, String> javaNames(long pid) {
        Map<Long, String> names = new HashMap<>();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return names;
        }
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!dump.waitFor(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)) {
                dump.destroyForcibly();
            }
            for (String line : text.split("\n")) {
                Matcher matcher = DUMP_LINE.matcher(line);
                if (matcher.find()) {
                    String nid = matcher.group(2);
                    names.put(
                            nid.startsWith("0x") ? Long.parseLong(nid.substring(2), 16) : Long.parseLong(nid),
                            matcher.group(1));
                }
            }
        } catch (IOException e) {
            // no names: kernel names it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return names;
    }

    /**
     * CPU seconds from {@code earlier} to this snapshot by thread group, summing to the process's total:
     * a thread born in between counts whole, one that exited in between is in {@link #EXITED}, and groups
     * under {@code minShare} of the total are folded into {@link #OTHER}.
     */
    Map<String, Double> since(ThreadLedger earlier, double minShare) {
        Map<String, Double> groups = new TreeMap<>();
        double live = 0;
        for (Map.Entry<Long, Task> thread : threads.entrySet()) {
            Task before = earlier.threads().get(thread.getKey());
            double used = thread.getValue().seconds() - (before == null ? 0 : before.seconds());
            live += used;
            groups.merge(group(thread.getValue().name()), used, Double::sum);
        }
        double total = total() - earlier.total();
        double exited = total - live;
        if (exited > 0.005) {
            groups.merge(EXITED, exited, Double::sum);
        }
        Map<String, Double> folded = new LinkedHashMap<>();
        double other = 0;
        for (Map.Entry<String, Double> group : groups.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList()) {
            if (total > 0 && group.getValue() / total < minShare) {
                other += group.getValue();
            } else {
                folded.put(group.getKey(), group.getValue());
            }
        }
        if (other != 0) {
            folded.merge(OTHER, other, Double::sum);
        }
        return folded;
    }

    /** The group a thread's work belongs to, by its name. */
    static String group(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Matcher pool = ES_POOL.matcher(name);
        if (pool.find()) {
            return "elasticsearch " + pool.group(1);
        }
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            for (String part : group.getValue()) {
                if (lower.contains(part)) {
                    return group.getKey();
                }
            }
        }
        return name.replaceAll("[-_#\\s]*\\d+$", "").replaceAll("-\\d+-", "-N-");
    }

    /** Thread groups by a part of their names, first match wins. */
    private static final Map<String, List<String>> GROUPS = orderedGroups();

    private static Map<String, List<String>> orderedGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(JIT, List.of("compilerthread", "c1 compilerthre", "c2 compilerthre"));
        groups.put(
                "GC and VM",
                List.of(
                        "gc thread",
                        "g1 ",
                        "gc conc",
                        "vm thread",
                        "vm periodic",
                        "gc ",
                        "parallel gc",
                        "serial gc",
                        "monitor deflation",
                        "service thread"));
        groups.put("Kafka producer I/O", List.of("kafka-producer-network-thread"));
        groups.put("Kafka Streams stream threads", List.of("-streamthread-"));
        groups.put("Kafka consumer heartbeat", List.of("kafka-coordinator-heartbeat"));
        groups.put("RocksDB", List.of("rocksdb"));
        groups.put("HTTP server (Jetty)", List.of("qtp", "jettyserverthreadpool", "javalin"));
        groups.put("index loop", List.of("index-loop"));
        groups.put("ForkJoin workers", List.of("forkjoinpool"));
        groups.put("HTTP client I/O", List.of("i/o dispatcher", "httpclient", "apache-http", "elasticsearch-rest"));
        groups.put("broker request handlers", List.of("data-plane-kafka-request-handler", "kafka-request-handler"));
        groups.put(
                "broker network",
                List.of("data-plane-kafka-network-thread", "data-plane-kafka-socket", "kafka-network-thread"));
        groups.put(
                "broker replication and log", List.of("replicafetcher", "kafka-log", "log-cleaner", "kafka-scheduler"));
        groups.put("registry (Vert.x / Quarkus)", List.of("vert.x", "executor-thread", "quarkus"));
        groups.put("main", List.of("main"));
        return groups;
    }
}
