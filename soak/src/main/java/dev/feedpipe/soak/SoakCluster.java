package dev.feedpipe.soak;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Service;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.Folders;
import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.Processes;
import dev.feedpipe.stack.ServiceProcesses;
import dev.feedpipe.stack.StackConfig;
import dev.feedpipe.stack.StackEndpoints;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * The soak's own cluster, apart from the demo's and the tests' stack: three Kafka nodes (three copies, min
 * in-sync two), the registry and one or three Elasticsearch nodes on ports of its own, two instances each of
 * enrich and index, one or two of ingest, one feed. Every process is reached by name ({@code kafka-2},
 * {@code registry}, {@code elasticsearch} or {@code elasticsearch-3}, {@code enrich-1}, ...) to be killed,
 * frozen, woken or started again.
 */
final class SoakCluster implements AutoCloseable {

    static final String REGISTRY = "registry";
    static final String NAME = "soak";
    static final int BROKERS = 3;
    static final int INSTANCES = 2;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String SERVICES_FOLDER = "services";
    private static final String STATE_FOLDER = "state";
    private static final List<String> SERVICE_FOLDERS = List.of(SERVICES_FOLDER, STATE_FOLDER);
    /** Ports of its own, so that it runs beside the demo or the tests' stack. */
    private static final Map<String, String> STACK_PORTS = Map.of(
            Catalog.KAFKA_PORT.env(), "39092",
            Catalog.KAFKA_CONTROLLER_PORT.env(), "39093",
            Catalog.REGISTRY_PORT.env(), "38081",
            Catalog.REGISTRY_MANAGEMENT_PORT.env(), "39001",
            Catalog.ELASTICSEARCH_PORT.env(), "39200",
            Catalog.ELASTICSEARCH_TRANSPORT_PORT.env(), "39300");

    private record Instance(Service service, ServiceProcesses processes) {}

    private final LocalStack stack;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Path projectRoot;
    private final Path folder;
    private final int ingestInstances;
    private final PrintStream out;

    SoakCluster(Path projectRoot, Path folder, int ingestInstances, int elasticsearchNodes, PrintStream out) {
        this.projectRoot = projectRoot;
        this.folder = folder;
        this.ingestInstances = ingestInstances;
        this.out = out;
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(STACK_PORTS);
        environment.put(Catalog.STACK_HOME.env(), folder.resolve("stack").toString());
        environment.put(Catalog.KAFKA_BROKERS.env(), Integer.toString(BROKERS));
        environment.put(Catalog.ELASTICSEARCH_NODES.env(), Integer.toString(elasticsearchNodes));
        this.stack = new LocalStack(StackConfig.load(projectRoot, environment), out);
    }

    /**
     * A fresh cluster: whatever an earlier soak left is deleted first, so that a seed replays alike: the
     * stack's data and the services' own state (an enrich instance's revision store outlives the topics it
     * was built from, and would judge the new soak's articles by the old one's).
     */
    void start() throws IOException, InterruptedException {
        stack.wipe();
        deleteServiceFolders(folder);
        StackEndpoints endpoints = stack.up().endpoints();
        Map<String, String> environment =
                ServiceProcesses.scratchEnvironment(endpoints, Topics.defaults(), NAME, folder.resolve(STATE_FOLDER));
        Map<Service, Integer> counts = new LinkedHashMap<>();
        counts.put(Service.INGEST, ingestInstances);
        counts.put(Service.ENRICH, INSTANCES);
        counts.put(Service.INDEX, INSTANCES);
        counts.put(Service.FEED, 1);
        counts.forEach((service, count) -> {
            for (int number = 1; number <= count; number++) {
                String name = service.shortName() + "-" + number;
                Map<String, String> own = new HashMap<>(environment);
                own.put(service.portSetting().env(), Integer.toString(Processes.freePort()));
                own.put(
                        Catalog.ENRICH_STATE_DIR.env(),
                        folder.resolve(STATE_FOLDER).resolve(name).toString());
                instances.put(
                        name,
                        new Instance(
                                service,
                                new ServiceProcesses(
                                        projectRoot,
                                        folder.resolve(SERVICES_FOLDER).resolve(name),
                                        own)));
            }
        });
        for (String name : instances.keySet()) {
            Instance instance = instances.get(name);
            instance.processes.start(instance.service);
        }
        for (Instance instance : instances.values()) {
            instance.processes.awaitReady(instance.service, READY_TIMEOUT);
        }
        out.printf("soak cluster ready: %s%n", String.join(", ", names()));
    }

    /** Deletes the folders the services keep their logs and local state in. */
    static void deleteServiceFolders(Path folder) throws IOException {
        for (String part : SERVICE_FOLDERS) {
            Folders.deleteRecursively(folder.resolve(part));
        }
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        names.addAll(stack.names());
        names.addAll(instances.keySet());
        return names;
    }

    StackEndpoints endpoints() {
        return stack.config().endpoints();
    }

    String indexName() {
        return NAME;
    }

    List<String> urls(Service service) {
        return instances.values().stream()
                .filter(instance -> instance.service == service)
                .map(instance -> "http://127.0.0.1:" + instance.processes.port(instance.service))
                .toList();
    }

    /** The broker a target names when the fault strikes: a node number, the raw topic's leader or the controller. */
    String broker(String target) {
        if (!target.equals(FaultKind.LEADER) && !target.equals(FaultKind.CONTROLLER)) {
            return "kafka-" + target;
        }
        try (Admin admin = new KafkaClients(endpoints().bootstrapServers()).admin("soak-nemesis", Map.of())) {
            int node = target.equals(FaultKind.LEADER)
                    ? admin.describeTopics(List.of(Topics.defaults().raw()))
                            .allTopicNames()
                            .get(10, TimeUnit.SECONDS)
                            .get(Topics.defaults().raw())
                            .partitions()
                            .getFirst()
                            .leader()
                            .id()
                    : admin.describeMetadataQuorum()
                            .quorumInfo()
                            .get(10, TimeUnit.SECONDS)
                            .leaderId();
            return "kafka-" + node;
        } catch (Exception e) {
            return "kafka-1"; // the cluster cannot say right now: any node will do
        }
    }

    /** The Elasticsearch node a target (its number) names. */
    String elasticsearchNode(String target) {
        return stack.config().elasticsearchNodes() == 1 ? "elasticsearch" : "elasticsearch-" + target;
    }

    void kill(String name) {
        ProcessHandle process = process(name);
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    void freeze(String name) {
        signal(name, "STOP");
    }

    void wake(String name) {
        signal(name, "CONT");
    }

    /** Starts a stopped or killed process and waits until it serves. */
    void start(String name) throws IOException, InterruptedException {
        Instance instance = instances.get(name);
        if (instance == null) {
            stack.start(name);
        } else {
            instance.processes.start(instance.service);
            instance.processes.awaitReady(instance.service, READY_TIMEOUT);
        }
    }

    /** Stops a process gracefully (SIGTERM, the way a deploy does). */
    void stop(String name) throws IOException {
        Instance instance = instances.get(name);
        if (instance == null) {
            stack.stop(name);
        } else {
            instance.processes.stop(instance.service);
        }
    }

    private void signal(String name, String signal) {
        Processes.run(List.of("kill", "-" + signal, Long.toString(process(name).pid())), null, Duration.ofSeconds(10));
    }

    private ProcessHandle process(String name) {
        Instance instance = instances.get(name);
        if (instance != null) {
            return instance.processes.running(instance.service).orElseThrow(() -> notRunning(name));
        }
        return stack.process(name).orElseThrow(() -> notRunning(name));
    }

    private static IllegalStateException notRunning(String name) {
        return new IllegalStateException(name + " is not running");
    }

    /** Stops the services, then the stack; its data stays for a look until the next soak. */
    @Override
    public void close() {
        for (String name : new ArrayList<>(instances.keySet()).reversed()) {
            try {
                wakeIfFrozen(name);
                stop(name);
            } catch (IOException | RuntimeException e) {
                out.printf("could not stop %s: %s%n", name, e.getMessage());
            }
        }
        stack.names().forEach(this::wakeIfFrozen);
        try {
            stack.down();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("could not stop the soak's stack", e));
        }
    }

    private void wakeIfFrozen(String name) {
        try {
            wake(name);
        } catch (RuntimeException notRunning) {
            // nothing to wake
        }
    }
}
