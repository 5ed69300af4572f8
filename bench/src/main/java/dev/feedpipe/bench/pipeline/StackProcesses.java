package dev.feedpipe.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local stack's processes on this machine (Kafka, the registry, Elasticsearch), found by their
 * command lines in {@code /proc}, so that the bench can account for their CPU beside the services'.
 * A stack in containers or elsewhere is simply not found.
 */
final class StackProcesses {

    static final String ELASTICSEARCH = "elasticsearch";
    private static final Map<String, String> MARKERS = markers();

    private StackProcesses() {}

    private static Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("kafka", "-Dfeedpipe.stack.service=kafka");
        markers.put("registry", "-Dfeedpipe.stack.service=registry");
        markers.put(ELASTICSEARCH, "org.elasticsearch.bootstrap.Elasticsearch");
        return markers;
    }

    /** Process name to pid, for those found. */
    static Map<String, Long> find() {
        Map<String, Long> found = new TreeMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String commandLine;
                try {
                    commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                } catch (IOException e) {
                    continue;
                }
                MARKERS.forEach((name, marker) -> {
                    if (commandLine.contains(marker)) {
                        found.put(name, Long.parseLong(process.getFileName().toString()));
                    }
                });
            }
        } catch (IOException e) {
            // no /proc: nothing found
        }
        return found;
    }
}
