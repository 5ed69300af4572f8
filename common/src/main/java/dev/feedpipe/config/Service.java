package dev.feedpipe.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline's four services, each declared once: its module, main class, the setting of its HTTP port
 * (health and metrics are served there) and the JVM options it runs with. The launcher script, the demo,
 * the bench and the tests all start services from here.
 */
public enum Service {
    INGEST("ingest-service", "dev.feedpipe.ingest.IngestService", Catalog.INGEST_HTTP_PORT),
    ENRICH("enrich-service", "dev.feedpipe.enrich.EnrichService", Catalog.ENRICH_HTTP_PORT),
    INDEX("index-service", "dev.feedpipe.index.IndexService", Catalog.INDEX_HTTP_PORT),
    FEED("feed-service", "dev.feedpipe.feed.FeedService", Catalog.FEED_HTTP_PORT);

    private final String module;
    private final String mainClass;
    private final Setting port;

    Service(String module, String mainClass, Setting port) {
        this.module = module;
        this.mainClass = mainClass;
        this.port = port;
    }

    /** The short name users type: ingest, enrich, index, feed. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String module() {
        return module;
    }

    public String mainClass() {
        return mainClass;
    }

    public Setting portSetting() {
        return port;
    }

    /**
     * The command that runs it from a built project: {@code java}, the JVM options ({@link Catalog#JAVA_OPTS}
     * under {@code environment}), its ahead-of-time cache ({@link Catalog#JAVA_AOT}), the module's jar and
     * libraries, the main class.
     */
    public List<String> launchCommand(Path java, Path projectRoot, Map<String, String> environment) {
        Path modulePath = projectRoot.resolve(module);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(quietJdkOptions(Runtime.version().feature()));
        String options = environment.getOrDefault(Catalog.JAVA_OPTS.env(), Catalog.JAVA_OPTS.defaultText());
        command.addAll(List.of(options.strip().split("\\s+")));
        command.addAll(aotOptions(
                Runtime.version().feature(),
                environment.getOrDefault(Catalog.JAVA_AOT.env(), Catalog.JAVA_AOT.defaultText()),
                aotCache(projectRoot)));
        command.add("-cp");
        // the module's jar, not target/classes: an ahead-of-time cache takes only jars on the class path
        command.add(modulePath.resolve("target") + "/*:" + modulePath.resolve("target/lib") + "/*");
        command.add(mainClass);
        return command;
    }

    /** Where its ahead-of-time cache lives in a project. */
    public Path aotCache(Path projectRoot) {
        return projectRoot.resolve(".feedpipe/aot").resolve(shortName() + ".aot");
    }

    /**
     * The JDK 25 ahead-of-time cache options (JEP 483, 514, 515): {@code train} records one as the JVM exits,
     * {@code use} runs with it when it exists (a JVM that finds it stale says so and runs without), {@code off}
     * and older JDKs nothing.
     */
    static List<String> aotOptions(int jdkFeature, String mode, Path cache) {
        if (jdkFeature < 25) {
            return List.of();
        }
        return switch (mode) {
            case "train" -> {
                try {
                    Files.createDirectories(cache.getParent()); // the JVM writes the cache but makes no folder
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield List.of("-XX:AOTCacheOutput=" + cache);
            }
            case "use" -> Files.isRegularFile(cache) ? List.of("-XX:AOTCache=" + cache) : List.of();
            default -> List.of();
        };
    }

    /**
     * JDK 24 and later warn on the terminal when a library loads native code (RocksDB, lz4) or uses
     * {@code sun.misc.Unsafe} (Netty); these options allow both, quietly. Older JDKs need nothing.
     */
    public static List<String> quietJdkOptions(int jdkFeature) {
        return jdkFeature >= 24
                ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow")
                : List.of();
    }

    /** The port it serves on under {@code environment}. */
    public int port(Map<String, String> environment) {
        return Integer.parseInt(environment.getOrDefault(port.env(), port.defaultText()));
    }

    public static Service byShortName(String name) {
        return Arrays.stream(values())
                .filter(service -> service.shortName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service '" + name + "' (one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(Service::shortName).toList()) + ")"));
    }

    /**
     * Prints the launch command of a service for the {@code feedpipe} script, one argument a line:
     * {@code Service NAME JAVA PROJECT_ROOT}.
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: Service ingest|enrich|index|feed JAVA PROJECT_ROOT");
            System.exit(2);
        }
        try {
            byShortName(args[0])
                    .launchCommand(Path.of(args[1]), Path.of(args[2]), System.getenv())
                    .forEach(System.out::println);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
