package dev.feedpipe.cli.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.extract.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code feedpipe post FILE|DIR...}: posts Markdown and HTML files to the ingest API. */
@Command(
        name = "post",
        mixinStandardHelpOptions = true,
        description = "Post Markdown (.md) and HTML (.html) files, folders searched recursively, to the ingest API. "
                + "Exit code 1 when any file was rejected, 2 when the API could not be reached.")
public final class PostCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> paths;

    @Option(names = "--url", descriptionKey = "ingest.url")
    String url;

    @Option(names = "--token", descriptionKey = "ingest.token")
    String token;

    @Option(names = "--quiet", description = "No progress bar, only the summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    record Rejection(Path file, String reason) {}

    /** An article the API accepted: the id and revision it answered with. */
    public record Accepted(String id, long revision) {}

    private final List<Accepted> accepted = new ArrayList<>();

    /** What the last run posted and the API accepted, in posting order. */
    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = collect(paths);
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("feedpipe post: no .md or .html files in " + paths);
            return 1;
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ProgressBar progress = new ProgressBar(out, files.size(), !quiet && System.console() != null);
        List<Rejection> rejections = new ArrayList<>();
        int posted = 0;
        for (Path file : files) {
            try {
                HttpResponse<String> response = http.send(request(file), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    posted++;
                    JsonNode answer = JSON.readTree(response.body());
                    accepted.add(new Accepted(
                            answer.get("id").asText(), answer.get("revision").asLong()));
                } else {
                    rejections.add(new Rejection(file, reason(response)));
                }
            } catch (ConnectException e) {
                progress.finish();
                spec.commandLine()
                        .getErr()
                        .println("feedpipe post: cannot reach the ingest API at " + url
                                + " (is it running? see ./feedpipe demo)");
                return 2;
            }
            progress.step(posted, rejections.size());
        }
        progress.finish();
        out.printf("posted %d, rejected %d%n", posted, rejections.size());
        rejections.forEach(r -> out.printf("  rejected %s: %s%n", r.file(), r.reason()));
        out.flush();
        return rejections.isEmpty() ? 0 : 1;
    }

    private HttpRequest request(Path file) throws IOException {
        Format format = Format.ofFileName(file.getFileName().toString()).orElse(Format.MARKDOWN);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/articles"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", (format == Format.HTML ? "text/html" : "text/markdown") + "; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static String reason(HttpResponse<String> response) {
        try {
            JsonNode problem = JSON.readTree(response.body());
            return response.statusCode() + " "
                    + problem.path("detail").asText(problem.path("title").asText());
        } catch (IOException e) {
            return "HTTP " + response.statusCode();
        }
    }

    static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(PostCommand::isArticle)
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isArticle(Path file) {
        Format format = Format.ofFileName(file.getFileName().toString()).orElse(null);
        return format == Format.MARKDOWN || format == Format.HTML;
    }
}
