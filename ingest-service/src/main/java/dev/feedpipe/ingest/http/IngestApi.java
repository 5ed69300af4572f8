package dev.feedpipe.ingest.http;

import static dev.feedpipe.http.HttpEdge.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.extract.Declarations;
import dev.feedpipe.http.HttpEdge;
import dev.feedpipe.ingest.IngestConfig;
import dev.feedpipe.ingest.article.ArticleIdentity;
import dev.feedpipe.ingest.article.InvalidArticleException;
import dev.feedpipe.ingest.article.Submission;
import dev.feedpipe.ingest.article.SubmissionParser;
import dev.feedpipe.ingest.publish.ArticlePublisher;
import dev.feedpipe.ingest.publish.PublishUnavailableException;
import dev.feedpipe.ingest.publish.Receipt;
import dev.feedpipe.problem.FieldError;
import dev.feedpipe.problem.Problem;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.RawArticle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ingest HTTP API. Every write is validated completely before anything is sent to Kafka, and
 * answered only once Kafka has acknowledged it; every error is {@code application/problem+json}
 * naming the field at fault.
 */
public final class IngestApi {

    private static final List<String> METADATA_FIELDS =
            List.of("id", "revision", "title", "author", "category", "tags", "sourceUrl", "publishedAt");
    private static final int RETRY_AFTER_SECONDS = 5;

    private final IngestConfig config;
    private final ArticlePublisher publisher;
    private final PrometheusMeterRegistry metrics;
    private final ObjectMapper json;
    private final SubmissionParser parser;
    private final ArticleIdentity identity;
    private final Clock clock;
    private final Counter published;
    private final Counter deleted;
    private final Timer produceLatency;

    public IngestApi(
            IngestConfig config,
            ArticlePublisher publisher,
            PrometheusMeterRegistry metrics,
            ObjectMapper json,
            Clock clock) {
        this.config = config;
        this.publisher = publisher;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.parser = new SubmissionParser(config.maxBodyBytes(), new Declarations(config.placeholders()));
        this.identity = new ArticleIdentity(clock::millis);
        this.published = Counter.builder("ingest.articles.published")
                .description("Articles acknowledged by Kafka")
                .register(metrics);
        this.deleted = Counter.builder("ingest.articles.deleted")
                .description("Tombstones acknowledged by Kafka")
                .register(metrics);
        this.produceLatency = Timer.builder("ingest.produce.latency")
                .description("Time from send to Kafka ack")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(metrics);
    }

    public Javalin create() {
        HttpEdge edge = new HttpEdge("ingest", json, metrics, publisher::isAvailable);
        Javalin app = edge.create(javalin -> {
            // Our own limit answers 413 with a problem body; Jetty's is only a backstop.
            javalin.http.maxRequestSize = (long) config.maxBodyBytes() * 4 + 1024 * 1024;
        });
        app.post("/api/articles", this::postArticle);
        app.post("/api/articles/batch", this::postBatch);
        app.put("/api/articles/{id}", this::putArticle);
        app.delete("/api/articles/{id}", this::deleteArticle);
        HttpEdge.serveOpenApi(app, IngestApi.class);
        app.exception(InvalidArticleException.class, (e, ctx) -> problem(ctx, e.problem()));
        app.exception(
                UnauthorizedException.class,
                (e, ctx) ->
                        problem(ctx, Problem.of(401, "unauthorized", "Unauthorized", e.getMessage(), "Authorization")));
        app.exception(PublishUnavailableException.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            problem(ctx, Problem.of(503, "unavailable", "Kafka unavailable", e.getMessage(), null));
        });
        return app;
    }

    private void postArticle(Context ctx) {
        requireToken(ctx);
        Submission submission = readSubmission(ctx, null);
        ctx.status(202).json(accept(submission));
    }

    private void putArticle(Context ctx) {
        requireToken(ctx);
        String id = pathId(ctx);
        Submission submission = readSubmission(ctx, id);
        if (submission.id() != null && !submission.id().equals(id)) {
            throw InvalidArticleException.of("id", "differs from the id in the path ('" + id + "')");
        }
        ctx.status(202).json(accept(submission.withId(id)));
    }

    private void deleteArticle(Context ctx) {
        requireToken(ctx);
        String id = pathId(ctx);
        long revision = identity.revisionOf(id, parser.revisionParameter(ctx.queryParam("revision")));
        long started = System.nanoTime();
        Receipt receipt = publisher.delete(id, revision);
        produceLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        deleted.increment();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("revision", revision);
        answer.put("deleted", true);
        answer.putAll(receiptJson(receipt));
        ctx.status(202).json(answer);
    }

    private void postBatch(Context ctx) {
        requireToken(ctx);
        String body = boundedBody(ctx);
        String type = mediaType(ctx);
        List<Object> items = switch (type) {
            case "application/json" -> jsonArray(body);
            case "application/x-ndjson", "application/ndjson", "application/jsonl" -> ndjson(body);
            default -> throw unsupported(type, "application/json (an array) or application/x-ndjson");
        };
        if (items.size() > config.maxBatchItems()) {
            throw new InvalidArticleException(
                    413,
                    List.of(new FieldError(
                            "items", "has " + items.size() + " articles; the limit is " + config.maxBatchItems())));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        boolean allAccepted = true;
        PublishUnavailableException kafkaDown = null;
        for (int index = 0; index < items.size(); index++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", index);
            try {
                Object item = items.get(index);
                if (item instanceof InvalidArticleException invalid) {
                    throw invalid;
                }
                JsonNode article = (JsonNode) item;
                Submission submission = parser.fromJson(article);
                if (kafkaDown != null) {
                    // Kafka just failed one item: the rest are answered at once, not after a timeout each.
                    throw kafkaDown;
                }
                result.put("status", 202);
                result.putAll(accept(submission));
            } catch (InvalidArticleException e) {
                allAccepted = false;
                result.put("status", e.status());
                result.put("problem", e.problem());
            } catch (PublishUnavailableException e) {
                allAccepted = false;
                kafkaDown = e;
                result.put("status", 503);
                result.put("problem", Problem.of(503, "unavailable", "Kafka unavailable", e.getMessage(), null));
            }
            results.add(result);
        }
        ctx.status(allAccepted ? 202 : 207).json(Map.of("results", results));
    }

    private Map<String, Object> accept(Submission submission) {
        String id = identity.idOf(submission);
        long revision = identity.revisionOf(id, submission.revision());
        RawArticle article = RawArticle.newBuilder()
                .setId(id)
                .setRevision(revision)
                .setTitle(submission.title().strip())
                .setBody(submission.body())
                .setFormat(ArticleFormat.valueOf(submission.format().name()))
                .setAuthor(submission.author())
                .setCategory(submission.category())
                .setTags(submission.tags())
                .setSourceUrl(submission.sourceUrl())
                .setPublishedAt(submission.publishedAt())
                .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
        long started = System.nanoTime();
        Receipt receipt = publisher.publish(article);
        produceLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        published.increment();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("revision", revision);
        answer.putAll(receiptJson(receipt));
        return answer;
    }

    private Submission readSubmission(Context ctx, String pathId) {
        String type = mediaType(ctx);
        String body = boundedBody(ctx);
        Map<String, String> metadata = metadata(ctx);
        if (pathId != null) {
            metadata.putIfAbsent("id", pathId);
        }
        return switch (type) {
            case "application/json" -> parser.fromJson(parseJson(body));
            case "text/markdown", "text/x-markdown" -> parser.fromMarkdown(body, metadata);
            case "text/html" -> parser.fromHtml(body, metadata);
            default -> throw unsupported(type, "application/json, text/markdown or text/html");
        };
    }

    /**
     * Reads the body up to the limit and no further: a chunked upload without a length is cut off at
     * the limit instead of being buffered whole.
     */
    private String boundedBody(Context ctx) {
        if (ctx.contentLength() > config.maxBodyBytes()) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(config.maxBodyBytes() + 1);
        } catch (IOException e) {
            throw InvalidArticleException.of("body", "could not be read: " + e.getMessage());
        }
        if (bytes.length > config.maxBodyBytes()) {
            throw tooLarge();
        }
        return utf8(bytes);
    }

    /** The body decoded as UTF-8; malformed bytes are refused rather than silently replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidArticleException.of("body", "is not valid UTF-8: " + e.getMessage());
        }
    }

    private InvalidArticleException tooLarge() {
        return new InvalidArticleException(
                413,
                List.of(new FieldError("body", "is larger than the limit of " + config.maxBodyBytes() + " bytes")));
    }

    private JsonNode parseJson(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw InvalidArticleException.of("$", "the body is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw InvalidArticleException.of("$", "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private List<Object> jsonArray(String body) {
        JsonNode node = parseJson(body);
        if (!node.isArray()) {
            throw InvalidArticleException.of("$", "a batch must be a JSON array of articles");
        }
        List<Object> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** One article per line; a malformed line fails only its own item. */
    private List<Object> ndjson(String body) {
        List<Object> items = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(json.readTree(line));
            } catch (JsonProcessingException e) {
                items.add(InvalidArticleException.of("$", "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return items;
    }

    /**
     * Metadata of Markdown and HTML posts: query parameters, else {@code X-Article-<Field>} headers,
     * whose values are percent-encoded UTF-8 (a {@code +} is a plus, not a space).
     */
    private static Map<String, String> metadata(Context ctx) {
        Map<String, String> metadata = new HashMap<>();
        for (String field : METADATA_FIELDS) {
            String value = ctx.queryParam(field);
            if (value == null) {
                String name = "X-Article-" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
                value = percentDecoded(name, ctx.header(name));
            }
            if (value != null) {
                metadata.put(field, value);
            }
        }
        return metadata;
    }

    private static String percentDecoded(String header, String value) {
        if (value == null) {
            return null;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidArticleException.of(
                    header, "is not valid percent-encoded UTF-8 (write '%' as %25): " + e.getMessage());
        }
    }

    private void requireToken(Context ctx) {
        if (config.token().isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : "";
        boolean valid = MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), config.token().get().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedException();
        }
    }

    private static String pathId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleIds.isValid(id)) {
            throw InvalidArticleException.of("id", ArticleIds.broken(id));
        }
        return id;
    }

    private static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
    }

    private static InvalidArticleException unsupported(String type, String accepted) {
        return new InvalidArticleException(
                415, List.of(new FieldError("Content-Type", "'" + type + "' is not supported; use " + accepted)));
    }

    private static Map<String, Object> receiptJson(Receipt receipt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", receipt.topic());
        json.put("partition", receipt.partition());
        json.put("offset", receipt.offset());
        return json;
    }

    /** A write without the configured bearer token. */
    static final class UnauthorizedException extends RuntimeException {
        UnauthorizedException() {
            super("a valid 'Authorization: Bearer <token>' header is required");
        }
    }
}
