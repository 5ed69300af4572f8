package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.digest.Sha256;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One Elasticsearch node: the only one (single-node discovery), or node {@code i} of a cluster of
 * {@link StackConfig#elasticsearchNodes()}, whose ports are {@value #PORT_STEP} above those of node
 * {@code i - 1}. Elasticsearch refuses to run as root, so a root user gets a dedicated system user for it;
 * when that user cannot reach the project folder (a clone under /root, say), the node's files go to
 * /var/lib/feedpipe instead, and {@code NAME.location} in the stack home says where.
 */
final class ElasticsearchNode implements StackService {

    static final String DIST_FOLDER = "elasticsearch-dist";
    static final int PORT_STEP = 10;

    private final StackConfig config;
    private final int node;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @param node from 1 to {@code config.elasticsearchNodes()} */
    ElasticsearchNode(StackConfig config, int node) {
        this.config = config;
        this.node = node;
    }

    /** Every node's base URL, comma-separated: what {@code elasticsearch.url} takes. */
    static String urls(StackConfig config) {
        return IntStream.rangeClosed(1, config.elasticsearchNodes())
                .mapToObj(node -> url(config, node))
                .collect(Collectors.joining(","));
    }

    private static String url(StackConfig config, int node) {
        return "http://127.0.0.1:" + httpPort(config, node);
    }

    private static int httpPort(StackConfig config, int node) {
        return config.elasticsearchPort() + PORT_STEP * (node - 1);
    }

    private static int transportPort(StackConfig config, int node) {
        return config.elasticsearchTransportPort() + PORT_STEP * (node - 1);
    }

    private boolean clustered() {
        return config.elasticsearchNodes() > 1;
    }

    @Override
    public String name() {
        return clustered() ? "elasticsearch-" + node : "elasticsearch";
    }

    private String nodeName() {
        return clustered() ? "feedpipe-" + node : "feedpipe-local";
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(
                httpPort(config, node), Catalog.ELASTICSEARCH_PORT.env(),
                transportPort(config, node), Catalog.ELASTICSEARCH_TRANSPORT_PORT.env());
    }

    @Override
    public String endpoint() {
        return url(config, node);
    }

    @Override
    public Optional<ProcessHandle> process() {
        return pidFile().liveProcess();
    }

    @Override
    public Path logFile() {
        return base().resolve("logs/feedpipe.log");
    }

    @Override
    public void start() throws IOException {
        boolean root = Processes.runningAsRoot();
        if (root) {
            ensureUser();
        }
        Path base = chooseBase(root);
        Path home = base.resolve(DIST_FOLDER);
        if (!Files.exists(home.resolve("bin/elasticsearch"))) {
            unpack(base);
        }
        for (String folder : List.of("data", "logs", "tmp", "run")) {
            Files.createDirectories(base.resolve(folder));
        }
        if (root) {
            Processes.run(
                    List.of("chown", "-R", config.elasticsearchUser() + ":", base.toString()),
                    null,
                    Duration.ofMinutes(2));
        }
        Processes.run(launchCommand(root, base), home, Duration.ofSeconds(config.startupTimeoutSeconds()));
    }

    @Override
    public void stop() throws IOException {
        pidFile().stopProcess(Duration.ofSeconds(30));
    }

    @Override
    public boolean isReady() {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(endpoint() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                    .timeout(Duration.ofSeconds(4))
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private PidFile pidFile() {
        return new PidFile(base().resolve("run/elasticsearch.pid"));
    }

    /** Where the node's files are: recorded at start, the project-local folder before that. */
    Path base() {
        Path location = locationFile();
        try {
            if (Files.isRegularFile(location)) {
                return Path.of(
                        Files.readString(location, StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            // fall through to the default
        }
        return config.home().resolve(name());
    }

    private Path locationFile() {
        return config.home().resolve(name() + ".location");
    }

    private Path chooseBase(boolean root) throws IOException {
        Files.createDirectories(config.home());
        Path base = config.home().resolve(name());
        if (root && !userCanEnter(config.home())) {
            base = Path.of(
                    "/var/lib/feedpipe", name() + "-" + Sha256.hex(config.home().toString(), 6));
        }
        Files.createDirectories(base);
        Files.writeString(locationFile(), base.toString());
        return base;
    }

    private boolean userCanEnter(Path folder) {
        try {
            Processes.run(
                    List.of("runuser", "-u", config.elasticsearchUser(), "--", "test", "-x", folder.toString()),
                    null,
                    Duration.ofSeconds(10));
            return true;
        } catch (StackException e) {
            return false;
        }
    }

    private void ensureUser() {
        try {
            Processes.run(List.of("id", "-u", config.elasticsearchUser()), null, Duration.ofSeconds(10));
        } catch (StackException missing) {
            Processes.run(
                    List.of(
                            "useradd",
                            "--system",
                            "--no-create-home",
                            "--shell",
                            "/usr/sbin/nologin",
                            config.elasticsearchUser()),
                    null,
                    Duration.ofSeconds(30));
        }
    }

    private void unpack(Path base) throws IOException {
        Path archive = config.distributions().resolve("elasticsearch.zip");
        if (!Files.isRegularFile(archive)) {
            throw new StackException("Elasticsearch is missing at " + archive + ": build first (./feedpipe build)");
        }
        Path scratch = base.resolve("unpack");
        Processes.run(List.of("rm", "-rf", scratch.toString()), null, Duration.ofMinutes(1));
        Processes.run(
                List.of("unzip", "-q", archive.toString(), "-d", scratch.toString()), null, Duration.ofMinutes(5));
        try (var entries = Files.list(scratch)) {
            Path unpacked = entries.findFirst().orElseThrow(() -> new StackException("empty archive " + archive));
            Processes.run(List.of("rm", "-rf", base.resolve(DIST_FOLDER).toString()), null, Duration.ofMinutes(1));
            Files.move(unpacked, base.resolve(DIST_FOLDER));
        }
        Files.delete(scratch);
        Processes.run(
                List.of("chmod", "-R", "a+x", base.resolve(DIST_FOLDER + "/bin").toString()),
                null,
                Duration.ofSeconds(30));
    }

    private List<String> launchCommand(boolean root, Path base) {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", config.elasticsearchUser(), "--"));
        }
        command.addAll(List.of(
                "env",
                "ES_JAVA_HOME=" + System.getProperty("java.home"),
                "ES_JAVA_OPTS=-Xms" + config.heap() + " -Xmx" + config.heap(),
                "ES_TMPDIR=" + base.resolve("tmp"),
                base.resolve(DIST_FOLDER + "/bin/elasticsearch").toString(),
                "-d",
                "-p",
                base.resolve("run/elasticsearch.pid").toString(),
                "-E",
                "cluster.name=feedpipe",
                "-E",
                "node.name=" + nodeName(),
                "-E",
                "xpack.security.enabled=false",
                "-E",
                "network.host=127.0.0.1",
                "-E",
                "http.port=" + httpPort(config, node),
                "-E",
                "transport.port=" + transportPort(config, node),
                "-E",
                "path.data=" + base.resolve("data"),
                "-E",
                "path.logs=" + base.resolve("logs"),
                "-E",
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E",
                "action.destructive_requires_name=false"));
        command.addAll(discovery());
        return command;
    }

    /** One node discovers nobody; a cluster's nodes find each other on loopback and elect a master once. */
    private List<String> discovery() {
        if (!clustered()) {
            return List.of("-E", "discovery.type=single-node");
        }
        List<Integer> nodes =
                IntStream.rangeClosed(1, config.elasticsearchNodes()).boxed().toList();
        return List.of(
                "-E",
                "discovery.seed_hosts="
                        + nodes.stream()
                                .map(n -> "127.0.0.1:" + transportPort(config, n))
                                .collect(Collectors.joining(",")),
                "-E",
                "cluster.initial_master_nodes="
                        + nodes.stream().map(n -> "feedpipe-" + n).collect(Collectors.joining(",")));
    }
}
