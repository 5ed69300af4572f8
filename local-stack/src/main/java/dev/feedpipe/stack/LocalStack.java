package dev.feedpipe.stack;

import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded default: a Kafka broker, Apicurio Registry and Elasticsearch as local processes,
 * with the article topics and schemas in place. {@link #up()} is idempotent.
 */
public final class LocalStack {

    private static final long MIN_FREE_BYTES = 1L << 30;
    private static final String BROKERS_MARKER = "kafka-brokers";
    private static final String NODES_MARKER = "elasticsearch-nodes";

    private final StackConfig config;
    private final PrintStream out;
    private final List<StackService> services;

    public LocalStack(StackConfig config, PrintStream out) {
        this.config = config.withSizes(
                keptSize(config, BROKERS_MARKER, config.kafkaBrokers(), "Kafka broker(s)"),
                keptSize(config, NODES_MARKER, config.elasticsearchNodes(), "Elasticsearch node(s)"));
        this.out = out;
        List<StackService> all = new ArrayList<>();
        for (int node = 1; node <= this.config.kafkaBrokers(); node++) {
            all.add(new KafkaBroker(this.config, node, this.config.kafkaBrokers()));
        }
        all.add(new SchemaRegistry(this.config));
        for (int node = 1; node <= this.config.elasticsearchNodes(); node++) {
            all.add(new ElasticsearchNode(this.config, node));
        }
        this.services = List.copyOf(all);
    }

    /**
     * The size of a cluster (Kafka's, Elasticsearch's): the one the stack was created with, recorded in
     * {@code marker}, else the configured one. A different size asked for explicitly is refused rather than
     * silently ignored.
     */
    private static int keptSize(StackConfig config, String marker, int configured, String what) {
        Path file = config.home().resolve(marker);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(config.home());
                Files.writeString(file, Integer.toString(configured));
                return configured;
            }
            int created = Integer.parseInt(Files.readString(file).strip());
            if (configured != 1 && configured != created) {
                throw new StackException("the stack at " + config.home() + " was created with " + created + " " + what
                        + "; to change that, run './feedpipe stack down' and delete " + config.home());
            }
            return created;
        } catch (IOException | NumberFormatException e) {
            throw new StackException("cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    /** What {@link #up()} did. */
    public record UpResult(StackEndpoints endpoints, List<String> started, Duration took) {}

    /** How a service is doing. */
    public record ServiceStatus(String name, Optional<Long> pid, boolean ready, String endpoint, Path log) {}

    public StackConfig config() {
        return config;
    }

    public UpResult up() {
        long startNanos = System.nanoTime();
        preflight();
        List<String> started = new ArrayList<>();
        try (FileChannel lock = lock()) {
            for (StackService service : services) {
                if (service.process().isPresent() || service.isReady()) {
                    continue;
                }
                refuseTakenPorts(service);
                out.printf("starting %s on %s%n", service.name(), service.endpoint());
                try {
                    service.start();
                } catch (StackException e) {
                    throw new StackException(
                            service.name() + " did not start: " + e.getMessage() + "\nlog: " + service.logFile(), e);
                }
                started.add(service.name());
            }
            for (StackService service : services) {
                awaitReady(service, startNanos);
            }
            ClusterSetup.run(config.endpoints(), Topics.defaults(), config.partitions(), out);
        } catch (IOException e) {
            throw ioFailure(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        out.printf("stack ready in %.1f s%n", took.toMillis() / 1000.0);
        return new UpResult(config.endpoints(), List.copyOf(started), took);
    }

    public void down() {
        try (FileChannel lock = lock()) {
            for (StackService service : services.reversed()) {
                boolean wasRunning = service.process().isPresent();
                service.stop();
                if (wasRunning) {
                    out.printf("stopped %s%n", service.name());
                }
            }
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    /**
     * Every folder the stack keeps data in: its home, and the Elasticsearch nodes' files when they live
     * elsewhere (root running a clone the Elasticsearch user cannot enter).
     */
    public List<Path> dataLocations() {
        List<Path> locations = new ArrayList<>(List.of(config.home()));
        services.stream()
                .filter(ElasticsearchNode.class::isInstance)
                .map(ElasticsearchNode.class::cast)
                .map(ElasticsearchNode::base)
                .filter(base -> !base.startsWith(config.home()))
                .forEach(locations::add);
        return List.copyOf(locations);
    }

    /** Stops every process, then deletes {@link #dataLocations()}: the next {@link #up()} starts from nothing. */
    public void wipe() {
        List<Path> locations = dataLocations();
        down();
        for (Path location : locations) {
            try {
                Folders.deleteRecursively(location);
                out.printf("deleted %s%n", location);
            } catch (IOException e) {
                throw ioFailure(e);
            }
        }
    }

    /** Stops one service (a Kafka broker, the registry or an Elasticsearch node), to test how clients live without it; {@link #up()} restarts it. */
    public void stop(String serviceName) {
        StackService service = service(serviceName);
        try (FileChannel lock = lock()) {
            service.stop();
            out.printf("stopped %s%n", service.name());
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    /**
     * Starts one stopped (or killed) service and waits until it is ready, leaving the others as they are,
     * even when one of them is paused: what a fault test needs after {@link #stop(String)} or a kill.
     */
    public void start(String serviceName) {
        StackService service = service(serviceName);
        long startNanos = System.nanoTime();
        try (FileChannel lock = lock()) {
            if (service.process().isEmpty()) {
                service.start();
                out.printf("started %s%n", service.name());
            }
        } catch (IOException e) {
            throw ioFailure(e);
        }
        awaitReady(service, startNanos);
    }

    /**
     * The names of its services: {@code kafka} (or {@code kafka-1}...), {@code registry}, {@code elasticsearch}
     * (or {@code elasticsearch-1}...).
     */
    public List<String> names() {
        return services.stream().map(StackService::name).toList();
    }

    /** The process of one service, if it runs (alive, perhaps paused), without asking it anything. */
    public Optional<ProcessHandle> process(String serviceName) {
        return service(serviceName).process();
    }

    private StackService service(String serviceName) {
        return services.stream()
                .filter(s -> s.name().equals(serviceName))
                .findFirst()
                .orElseThrow(() -> new StackException("unknown service '" + serviceName + "'"));
    }

    public List<ServiceStatus> status() {
        return services.stream()
                .map(s -> new ServiceStatus(
                        s.name(), s.process().map(ProcessHandle::pid), s.isReady(), s.endpoint(), s.logFile()))
                .toList();
    }

    public Map<String, Path> logFiles() {
        Map<String, Path> logs = new LinkedHashMap<>();
        services.forEach(s -> logs.put(s.name(), s.logFile()));
        return logs;
    }

    private void preflight() {
        if (Runtime.version().feature() < 21) {
            throw new StackException("the stack needs a JDK 21 or newer (Elasticsearch 9 and Apicurio Registry 3);"
                    + " this is Java " + Runtime.version() + " at " + System.getProperty("java.home"));
        }
        try {
            Files.createDirectories(config.home());
            FileStore store = Files.getFileStore(config.home());
            if (store.getUsableSpace() < MIN_FREE_BYTES) {
                throw new StackException(String.format(
                        "the disk of %s is full: %d MB free, the stack needs 1024 MB",
                        config.home(), store.getUsableSpace() >> 20));
            }
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private void refuseTakenPorts(StackService service) {
        for (Map.Entry<Integer, String> port : service.ports().entrySet()) {
            if (Processes.portInUse(port.getKey())) {
                throw new StackException(String.format(
                        "port %d, needed by %s, is taken by another program; stop it or choose another port with %s",
                        port.getKey(), service.name(), port.getValue()));
            }
        }
    }

    private void awaitReady(StackService service, long startNanos) {
        long deadline = System.nanoTime()
                + Duration.ofSeconds(config.startupTimeoutSeconds()).toNanos();
        while (!service.isReady()) {
            if (service.process().isEmpty()) {
                throw new StackException(service.name() + " exited while starting; last lines of its log "
                        + service.logFile() + ":\n" + Processes.tail(service.logFile(), 30));
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(service.name() + " was not ready after " + config.startupTimeoutSeconds()
                        + " s; see its log " + service.logFile());
            }
            sleep(Duration.ofMillis(300));
        }
        out.printf("%s ready (%.1f s)%n", service.name(), (System.nanoTime() - startNanos) / 1e9);
    }

    /** Serialises up and down between processes; closing the channel releases the lock. */
    private FileChannel lock() throws IOException {
        Files.createDirectories(config.home());
        FileChannel channel =
                FileChannel.open(config.home().resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.lock();
        return channel;
    }

    private static StackException ioFailure(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left")) {
            return new StackException("the disk is full: " + message, e);
        }
        return new StackException(e.getClass().getSimpleName() + ": " + message, new UncheckedIOException(e));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }
}
