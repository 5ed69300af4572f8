package dev.feedpipe.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.feedpipe.testing.openapi.OpenApiDocument.Operation;
import dev.feedpipe.testing.openapi.RequestGenerator.Request;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * A property-based check of a running service against its own OpenAPI document: for every operation
 * the document declares, a bounded number of requests drawn from the declaration (see
 * {@link RequestGenerator}); every answer must be below 500, a status the operation declares, of a
 * media type declared for that status, valid UTF-8, and, when JSON, valid against the declared schema.
 * The seed is part of every violation, so a failure can be replayed.
 */
public final class OpenApiContract {

    /** What one answer got wrong, with the request that drew it. */
    public record Violation(String operation, String request, String problem) {
        @Override
        public String toString() {
            return operation + ": " + problem + "\n    request: " + request;
        }
    }

    /** How many requests went and which statuses came back, per operation. */
    public record Report(Map<String, Map<Integer, Integer>> statuses, List<Violation> violations, long seed) {

        public int requests() {
            return statuses.values().stream()
                    .flatMap(counts -> counts.values().stream())
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        public String summary() {
            StringBuilder out = new StringBuilder(
                    "contract, seed " + seed + ": " + requests() + " requests, " + violations.size() + " violations\n");
            statuses.forEach((operation, counts) -> out.append("  ")
                    .append(operation)
                    .append(' ')
                    .append(counts)
                    .append('\n'));
            violations.stream()
                    .limit(20)
                    .forEach(violation -> out.append(violation).append('\n'));
            return out.toString();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final String base;
    private final OpenApiDocument document;
    private final Map<String, String> headers;
    private final Map<String, List<String>> examples;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param base the service's base URL
     * @param headers sent with every request (a token)
     * @param examples values worth using for parameters of these names, such as ids that exist
     */
    public OpenApiContract(
            String base, JsonNode document, Map<String, String> headers, Map<String, List<String>> examples) {
        this.base = base;
        this.document = new OpenApiDocument(document);
        this.headers = headers;
        this.examples = examples;
    }

    /** Reads the document the service itself serves at {@code path}. */
    public static JsonNode served(String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    public Report check(long seed, int requestsPerOperation) throws IOException, InterruptedException {
        RequestGenerator generator = new RequestGenerator(new Random(seed), examples);
        Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Operation operation : document.operations()) {
            Map<Integer, Integer> counts = statuses.computeIfAbsent(operation.name(), name -> new TreeMap<>());
            for (int i = 0; i < requestsPerOperation; i++) {
                Request request = generator.draw(operation);
                HttpResponse<byte[]> response = send(request);
                counts.merge(response.statusCode(), 1, Integer::sum);
                problem(operation, response)
                        .ifPresent(problem ->
                                violations.add(new Violation(operation.name(), request.describe(), problem)));
            }
        }
        return new Report(statuses, violations, seed);
    }

    private HttpResponse<byte[]> send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(base + request.path() + (request.query().isEmpty() ? "" : "?" + request.query())))
                .timeout(Duration.ofSeconds(30))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Optional<String> problem(Operation operation, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return Optional.of("answered " + status + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        Optional<JsonNode> declared = document.response(operation, status);
        if (declared.isEmpty()) {
            return Optional.of("answered " + status + ", which the document does not declare for it: "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        JsonNode content = declared.get().path("content");
        if (content.isEmpty()) {
            return Optional.empty();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            return Optional.of("answered " + status + " as '" + type + "'; declared: "
                    + content.properties().stream().map(Map.Entry::getKey).toList());
        }
        String body;
        try {
            body = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(response.body()))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.of("answered " + status + " with a body that is not UTF-8");
        }
        if (!mediaType.endsWith("json")) {
            return Optional.empty();
        }
        JsonNode schema = content.get(mediaType).path("schema");
        try {
            Schema validator = SCHEMAS.getSchema(document.standalone(schema));
            List<Error> errors = validator.validate(JSON.readTree(body));
            return errors.isEmpty()
                    ? Optional.empty()
                    : Optional.of("answered " + status + " with a body its schema refuses: "
                            + errors.stream().limit(3).map(Error::toString).toList() + " in "
                            + (body.length() > 400 ? body.substring(0, 400) + "..." : body));
        } catch (IOException e) {
            return Optional.of("answered " + status + " as " + mediaType + " with malformed JSON: " + e.getMessage());
        }
    }
}
