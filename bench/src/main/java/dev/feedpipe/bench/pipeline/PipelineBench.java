package dev.feedpipe.bench.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.bench.pipeline.BenchReport.Figure;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Service;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.search.ElasticsearchClients;
import dev.feedpipe.stack.SchemaSetup;
import dev.feedpipe.stack.ServiceProcesses;
import dev.feedpipe.stack.StackEndpoints;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Measures the pipeline against its own limits in one run on the local stack: Kafka's producer and
 * Elasticsearch's bulk load as baselines, each stage alone, and the pipeline end to end at full and
 * half load, with the resources each service process used.
 */
final class PipelineBench {

    /** A baseline's spread over its two runs beyond which its ratios are flagged. */
    static final double UNSTABLE_SPREAD = 0.2;

    /** The JIT compilers' share of a service's CPU in a warm-up round under which it has settled. */
    static final double JIT_SETTLED_SHARE = 0.10;
    /** Thread groups under this share of a process's CPU are folded into one. */
    private static final double LEDGER_MIN_SHARE = 0.03;
    /**
     * Elasticsearch's CPU per document while it bulk-loads baseline B, the measure our services are held to;
     * the last run's counts, when its JIT has settled as ours has by the end-to-end runs.
     */
    private double elasticsearchMillisPerDocument = Double.NaN;
    /** Our three services' CPU per article in the end-to-end runs. */
    private double ourMillisPerArticle = Double.NaN;

    private final Path root;
    private final StackEndpoints stack;
    private final RunSize size;
    private final int clients;
    private final Duration settleLimit;
    private final PrintStream out;
    private final String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Figure> figures = new ArrayList<>();
    private final Baselines baselines = new Baselines();
    private final BaselineLoads loads;
    private static final String BASELINE_A = "baseline A: Kafka producer (Avro, same payloads)";
    private static final String BASELINE_B = "baseline B: Elasticsearch bulk load (same documents)";
    private static final String BASELINE_C = "baseline C: plain consume-and-produce of the raw records";
    private int nextPort = 18_180;

    /** @param settleLimit the longest the end-to-end warm-up waits for the JIT to settle; zero: one round */
    PipelineBench(Path root, StackEndpoints stack, RunSize size, int clients, Duration settleLimit, PrintStream out) {
        this.root = root;
        this.stack = stack;
        this.size = size;
        this.clients = clients;
        this.settleLimit = settleLimit;
        this.out = out;
        this.loads = new BaselineLoads(stack, prefix);
    }

    BenchReport run() throws Exception {
        ArticleGenerator generator = new ArticleGenerator(42);
        List<String> bodies = new ArrayList<>();
        int count = size.articles();
        generate(generator, bodies, count);

        // the baselines run in this JVM: a first, unrecorded round warms up its JIT and clients
        out.println("baselines, warm-up");
        List<String> warmUp = bodies.subList(0, Math.max(1, bodies.size() / 5));
        loads.producer(warmUp);
        loads.bulk(warmUp);
        out.println("baselines, first run");
        baselines.add(BASELINE_A, "articles/s", BaselineLoads.sustained(bodies.size(), () -> loads.producer(bodies)));
        baselines.add(BASELINE_B, "docs/s", elasticsearchCost(bodies));
        if (size.seconds() > 0) {
            count = size.articlesFor(baselines.mean(BASELINE_B));
            out.printf(
                    "sized by --seconds %d: %d articles (bulk baseline %,.0f docs/s)%n",
                    size.seconds(), count, baselines.mean(BASELINE_B));
            generate(generator, bodies, count);
        }
        double averageKb = bodies.stream()
                        .mapToLong(body -> body.getBytes(StandardCharsets.UTF_8).length)
                        .sum()
                / 1024.0
                / count;
        out.printf("%d articles, %.1f KB on average%n", count, averageKb);

        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        Map<String, Map<String, Double>> ledger = new LinkedHashMap<>();
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            stages(bodies);
            endToEnd(bodies, resources, ledger);
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }

        out.println("baselines, second run");
        baselines.add(BASELINE_A, "articles/s", BaselineLoads.sustained(bodies.size(), () -> loads.producer(bodies)));
        baselines.add(BASELINE_B, "docs/s", elasticsearchCost(bodies));
        if (!Double.isNaN(elasticsearchMillisPerDocument) && !Double.isNaN(ourMillisPerArticle)) {
            figures.add(new Figure(
                    "cpu: ingest + enrich + index per article / elasticsearch per document in baseline B",
                    ourMillisPerArticle / elasticsearchMillisPerDocument,
                    "x"));
        }
        List<Figure> all = new ArrayList<>(baselines.figures());
        figures.forEach(figure -> all.add(baselines.withRatio(figure)));
        return new BenchReport(Instant.now(), count, averageKb, all, resources, ledger);
    }

    /** Baseline B's sustained rate, measuring what the Elasticsearch process spent per document meanwhile. */
    private double elasticsearchCost(List<String> bodies) throws Exception {
        Long pid = StackProcesses.find().get(StackProcesses.ELASTICSEARCH);
        ProcessStats before = pid == null ? null : ProcessStats.of(pid);
        int[] rounds = {0};
        double rate = BaselineLoads.sustained(bodies.size(), () -> {
            rounds[0]++;
            return loads.bulk(bodies);
        });
        if (pid != null) {
            elasticsearchMillisPerDocument =
                    ProcessStats.of(pid).minus(before).cpuSeconds() * 1000 / ((double) rounds[0] * bodies.size());
            figures.add(new Figure(
                    "cpu: elasticsearch per document, baseline B run " + (baselines.completedRuns(BASELINE_B) + 1),
                    elasticsearchMillisPerDocument,
                    "ms"));
        }
        return rate;
    }

    private static void generate(ArticleGenerator generator, List<String> bodies, int count) {
        for (int i = bodies.size(); i < count; i++) {
            bodies.add(generator.article(i, generator.size(i)));
        }
    }

    /** Each stage alone: ingest with nothing downstream, then enrich over the full raw topic, then index. */
    private void stages(List<String> bodies) throws Exception {
        String set = prefix + "-stages";
        Topics topics = loads.createTopics(set);
        ServiceProcesses services = services(set, topics);
        try {
            start(services, Service.INGEST);
            // a warm-up round the service has seen before the measured one
            post(services, bodies.subList(0, Math.max(1, bodies.size() / 5)), "w-", 0, new ConcurrentHashMap<>());
            out.println("stage: ingest");
            long start = System.nanoTime();
            post(services, bodies, "s-", 0, new ConcurrentHashMap<>());
            figures.add(new Figure(
                    "stage: ingest (HTTP to Kafka, " + clients + " clients, after a warm-up)",
                    BaselineLoads.rate(bodies.size(), start),
                    "articles/s",
                    BASELINE_A,
                    null,
                    null));
            start = System.nanoTime();
            postBatches(services, bodies, "sb-", 50);
            figures.add(new Figure(
                    "stage: ingest batch endpoint (NDJSON, 50 per request, " + clients + " clients)",
                    BaselineLoads.rate(bodies.size(), start),
                    "articles/s",
                    BASELINE_A,
                    null,
                    null));

            int raw = Math.max(1, bodies.size() / 5) + bodies.size() * 2;
            loads.consumeAndProduce(topics.raw(), set + ".copy0", raw); // warm-up, unrecorded
            out.println("baseline C, first run");
            baselines.add(
                    BASELINE_C,
                    "records/s",
                    BaselineLoads.sustained(raw, () -> loads.consumeAndProduce(topics.raw(), set + ".copy", raw)));

            start = System.nanoTime();
            start(services, Service.ENRICH);
            StageClock enrich = new StageClock("enrich, 1 stream thread", raw, start, out);
            awaitEnriched(topics, raw, Duration.ofMinutes(20), enrich);
            stage("enrich (raw to enriched, 1 stream thread)", enrich, "articles/s", BASELINE_C);
            enrichWithTwoThreads(set, topics, raw);
            out.println("baseline C, second run");
            baselines.add(
                    BASELINE_C,
                    "records/s",
                    BaselineLoads.sustained(raw, () -> loads.consumeAndProduce(topics.raw(), set + ".copy2", raw)));

            start = System.nanoTime();
            start(services, Service.INDEX);
            StageClock index = new StageClock("index", raw, start, out);
            awaitIndexed(set, raw, Duration.ofMinutes(20), index);
            stage("index (enriched to Elasticsearch)", index, "docs/s", BASELINE_B);
        } finally {
            stopAll(services);
        }
    }

    /** A stage's steady-state rate against its baseline, and its start-up apart. */
    private void stage(String name, StageClock clock, String unit, String baseline) {
        figures.add(new Figure(
                "stage: " + name + ", steady state",
                clock.steadyRate(),
                unit,
                baseline,
                null,
                clock.measuredSteadyState() ? null : "too few records for a steady-state window: the whole run"));
        figures.add(new Figure("stage: " + name + ", start until the first record", clock.startUpSeconds(), "s"));
    }

    /** A second enrich application with two stream threads over the same raw topic, to its own output. */
    private void enrichWithTwoThreads(String set, Topics topics, int records) throws Exception {
        Topics second = new Topics(topics.raw(), set + ".enriched2", set + ".dlq2");
        try (Admin admin = loads.kafka().admin("feedpipe-bench", Map.of())) {
            admin.createTopics(List.of(
                            new NewTopic(second.enriched(), 6, (short) 1),
                            new NewTopic(second.deadLetter(), 1, (short) 1)))
                    .all()
                    .get();
        }
        new SchemaSetup(stack.confluentCompatibleUrl())
                .register(
                        Topics.valueSubject(second.enriched()),
                        EnrichedArticle.getClassSchema().toString());
        ServiceProcesses services =
                services(set + "-2threads", second, Map.of(Catalog.ENRICH_STREAM_THREADS.env(), "2"));
        try {
            long start = System.nanoTime();
            start(services, Service.ENRICH);
            StageClock enrich = new StageClock("enrich, 2 stream threads", records, start, out);
            awaitEnriched(second, records, Duration.ofMinutes(20), enrich);
            stage("enrich (raw to enriched, 2 stream threads)", enrich, "articles/s", BASELINE_C);
        } finally {
            stopAll(services);
        }
    }

    private void endToEnd(
            List<String> bodies, Map<String, Map<String, Object>> resources, Map<String, Map<String, Double>> ledger)
            throws Exception {
        String set = prefix + "-e2e";
        Topics topics = loads.createTopics(set);
        ServiceProcesses services = services(set, topics);
        try {
            for (Service service : List.of(Service.values())) {
                start(services, service);
            }
            ExecutorService poller = Executors.newSingleThreadExecutor();
            settle(services, set, bodies, poller);
            out.println("pipeline end to end: full load, then half load");
            double cpuMillis = 0;
            Map<String, ProcessStats> before = new LinkedHashMap<>();
            List.of(Service.values())
                    .forEach(s -> before.put(
                            s.module(),
                            ProcessStats.of(services.running(s).orElseThrow().pid())));
            Map<String, Long> processes = new LinkedHashMap<>();
            for (Service service : List.of(Service.INGEST, Service.ENRICH, Service.INDEX)) {
                processes.put(
                        service.module(),
                        services.running(service).orElseThrow().pid());
            }
            processes.putAll(StackProcesses.find());
            Map<String, ThreadLedger> threadsBefore = new LinkedHashMap<>();
            processes.forEach((name, pid) -> threadsBefore.put(name, ThreadLedger.of(pid)));

            Map<String, Long> acked = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            Future<Map<String, Long>> searchable = poller.submit(() -> awaitSearchable(set, acked, bodies.size()));
            post(services, bodies, "f-", 0, acked);
            Map<String, Long> seen = searchable.get();
            double full = BaselineLoads.rate(bodies.size(), start);
            figures.add(new Figure(
                    "pipeline, full load: posted until searchable", full, "articles/s", BASELINE_A, null, null));
            figures.add(new Figure(
                    "pipeline, full load: searchable / bulk baseline", full, "articles/s", BASELINE_B, null, null));
            latencies("full load", acked, seen);

            Map<String, Long> halfAcked = new ConcurrentHashMap<>();
            Future<Map<String, Long>> halfSearchable =
                    poller.submit(() -> awaitSearchable(set, halfAcked, bodies.size()));
            post(services, bodies, "h-", full / 2, halfAcked);
            latencies("half load", halfAcked, halfSearchable.get());
            poller.shutdown();
            processes.forEach((name, pid) -> {
                Map<String, Double> perArticle = new LinkedHashMap<>();
                ThreadLedger.of(pid)
                        .since(threadsBefore.get(name), LEDGER_MIN_SHARE)
                        .forEach((group, seconds) -> perArticle.put(group, seconds * 1000 / (2.0 * bodies.size())));
                ledger.put(name, perArticle);
            });

            for (Service service : List.of(Service.values())) {
                ProcessStats now = ProcessStats.of(
                                services.running(service).orElseThrow().pid())
                        .minus(before.get(service.module()));
                Map<String, Object> usage = new LinkedHashMap<>();
                usage.put("cpuSeconds", Math.round(now.cpuSeconds() * 10) / 10.0);
                usage.put("peakRssMb", now.peakRssKb() / 1024);
                resources.put(service.module(), usage);
                if (service != Service.FEED) {
                    cpuMillis += now.cpuSeconds() * 1000;
                    figures.add(new Figure(
                            "cpu: " + service.module() + " per article (warmed up, both loads)",
                            now.cpuSeconds() * 1000 / (2.0 * bodies.size()),
                            "ms"));
                }
            }
            ourMillisPerArticle = cpuMillis / (2.0 * bodies.size());
            figures.add(new Figure(
                    "cpu: ingest + enrich + index per article (warmed up, both loads)", ourMillisPerArticle, "ms"));
        } finally {
            stopAll(services);
        }
    }

    /**
     * Warm-up rounds (a fifth of the articles each) until the JIT compilers use under
     * {@link #JIT_SETTLED_SHARE} of every service's CPU in a round, or the settle limit has passed: the
     * measured rounds then count what the services cost once compiled, not their compilation.
     */
    private void settle(ServiceProcesses services, String set, List<String> bodies, ExecutorService poller)
            throws Exception {
        List<String> round = bodies.subList(0, Math.max(1, bodies.size() / 5));
        long start = System.nanoTime();
        int rounds = 0;
        double jitShare;
        do {
            Map<Service, ThreadLedger> before = new LinkedHashMap<>();
            for (Service service : List.of(Service.INGEST, Service.ENRICH, Service.INDEX)) {
                before.put(
                        service,
                        ThreadLedger.kernelNamed(
                                services.running(service).orElseThrow().pid()));
            }
            Map<String, Long> acked = new ConcurrentHashMap<>();
            Future<Map<String, Long>> searchable = poller.submit(() -> awaitSearchable(set, acked, round.size()));
            post(services, round, "w" + rounds + "-", 0, acked);
            searchable.get();
            rounds++;
            jitShare = 0;
            for (Map.Entry<Service, ThreadLedger> service : before.entrySet()) {
                Map<String, Double> groups = ThreadLedger.kernelNamed(
                                services.running(service.getKey()).orElseThrow().pid())
                        .since(service.getValue(), 0);
                double total = groups.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                jitShare = Math.max(jitShare, total <= 0 ? 0 : groups.getOrDefault(ThreadLedger.JIT, 0.0) / total);
            }
            out.printf(
                    "pipeline end to end: warm-up round %d, the JIT at most %.0f %% of a service's CPU%n",
                    rounds, jitShare * 100);
        } while (jitShare > JIT_SETTLED_SHARE && System.nanoTime() - start < settleLimit.toNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.add(new Figure(
                "pipeline: warm-up until the JIT settled (under 10 % of each service's CPU)",
                (double) rounds * round.size(),
                "articles",
                null,
                null,
                String.format(
                        "%d rounds, %.0f s, JIT %.0f %% in the " + "last%s",
                        rounds,
                        seconds,
                        jitShare * 100,
                        jitShare > JIT_SETTLED_SHARE ? "; not settled within the " + "limit" : "")));
    }

    private void latencies(String load, Map<String, Long> acked, Map<String, Long> seen) {
        long[] millis = acked.entrySet().stream()
                .filter(e -> seen.containsKey(e.getKey()))
                .mapToLong(e -> (seen.get(e.getKey()) - e.getValue()) / 1_000_000)
                .sorted()
                .toArray();
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            long value = millis.length == 0
                    ? 0
                    : millis[Math.min(millis.length - 1, (int) Math.ceil(p * millis.length) - 1)];
            figures.add(new Figure(
                    String.format("pipeline, %s: POST ack to searchable p%d", load, (int) (p * 100)), value, "ms"));
        }
    }

    /** Posts the bodies with {@code clients} threads; at {@code rate} articles/s when positive, else as fast as possible. */
    private void post(
            ServiceProcesses services, List<String> bodies, String idPrefix, double rate, Map<String, Long> acked)
            throws Exception {
        String url = "http://127.0.0.1:" + services.port(Service.INGEST) + "/api/articles?id=";
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> posts = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String id = idPrefix + i;
            String body = bodies.get(i);
            long due = rate > 0 ? start + (long) (i * 1e9 / rate) : 0;
            posts.add(pool.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url + id))
                                .header("Content-Type", "text/markdown; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("POST " + id + " answered " + response.statusCode());
                }
                acked.put(id, System.nanoTime());
                return null;
            }));
        }
        for (Future<?> post : posts) {
            post.get();
        }
        pool.shutdown();
    }

    /** Posts the bodies as NDJSON batches of {@code perRequest} articles with {@code clients} threads. */
    private void postBatches(ServiceProcesses services, List<String> bodies, String idPrefix, int perRequest)
            throws Exception {
        String url = "http://127.0.0.1:" + services.port(Service.INGEST) + "/api/articles/batch";
        ObjectMapper json = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> posts = new ArrayList<>();
        for (int from = 0; from < bodies.size(); from += perRequest) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = from; i < Math.min(bodies.size(), from + perRequest); i++) {
                ndjson.append(json.writeValueAsString(
                                Map.of("id", idPrefix + i, "title", idPrefix + i, "body", bodies.get(i))))
                        .append('\n');
            }
            String body = ndjson.toString();
            posts.add(pool.submit(() -> {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("batch answered " + response.statusCode() + ": " + response.body());
                }
                return null;
            }));
        }
        for (Future<?> post : posts) {
            post.get();
        }
        pool.shutdown();
    }

    /**
     * Polls Elasticsearch, while the posting goes on, for the ids acknowledged so far; returns when each of
     * {@code expected} articles was first seen.
     */
    private Map<String, Long> awaitSearchable(String set, Map<String, Long> acked, int expected) throws Exception {
        Map<String, Long> seen = new HashMap<>();
        ArticleIndex index = new ArticleIndex(set);
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            while (seen.size() < expected && System.nanoTime() < deadline) {
                List<String> missing = acked.keySet().stream()
                        .filter(id -> !seen.containsKey(id))
                        .limit(1000)
                        .toList();
                if (missing.isEmpty()) {
                    Thread.sleep(100);
                    continue;
                }
                var response = client.search(
                        s -> s.index(index.readAlias())
                                .size(1000)
                                .source(src -> src.fetch(false))
                                .query(q -> q.ids(i -> i.values(missing))),
                        Void.class);
                long now = System.nanoTime();
                response.hits().hits().forEach(hit -> seen.putIfAbsent(hit.id(), now));
                Thread.sleep(100);
            }
        }
        return seen;
    }

    private ServiceProcesses services(String set, Topics topics) throws IOException {
        return services(set, topics, Map.of());
    }

    private final List<ServiceProcesses> started = new CopyOnWriteArrayList<>();

    /** Stops every service this bench started, also when the bench itself is stopped (Ctrl-C, SIGTERM). */
    private final Thread stopOnExit = new Thread(
            () -> started.forEach(services -> {
                try {
                    stopAll(services);
                } catch (IOException | RuntimeException e) {
                    // stopping the rest anyway
                }
            }),
            "bench-stop");

    private ServiceProcesses services(String set, Topics topics, Map<String, String> extra) throws IOException {
        Path folder = root.resolve(".feedpipe/bench/" + set);
        Map<String, String> env = new HashMap<>(ServiceProcesses.scratchEnvironment(stack, topics, set, folder));
        for (Service service : List.of(Service.values())) {
            env.put(service.portSetting().env(), Integer.toString(nextPort++));
        }
        env.putAll(extra);
        ServiceProcesses services = new ServiceProcesses(root, folder, env);
        started.add(services);
        return services;
    }

    private static void start(ServiceProcesses services, Service service) throws Exception {
        services.start(service);
        services.awaitReady(service, Duration.ofSeconds(180));
    }

    private static void stopAll(ServiceProcesses services) throws IOException {
        for (Service service : List.of(Service.values()).reversed()) {
            services.stop(service);
        }
    }

    /** Counts the enriched records as they are committed, with one consumer, until {@code expected}. */
    private void awaitEnriched(Topics topics, long expected, Duration timeout, StageClock clock) {
        try (KafkaConsumer<byte[], byte[]> consumer = loads.kafka()
                .consumer("feedpipe-bench", new ByteArrayDeserializer(), new ByteArrayDeserializer(), Map.of())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topics.enriched()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out waiting for " + expected + " enriched records");
                }
                records += consumer.poll(Duration.ofMillis(250)).count();
                clock.observe(System.nanoTime(), records);
            }
        }
    }

    /** Waits until the index holds {@code expected} documents. */
    private void awaitIndexed(String set, long expected, Duration timeout, StageClock clock) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            while (true) {
                client.indices().refresh(r -> r.index(set));
                long documents = client.count(c -> c.index(set)).count();
                clock.observe(System.nanoTime(), documents);
                if (documents >= expected) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out waiting for " + expected + " documents");
                }
                Thread.sleep(250);
            }
        }
    }
}
