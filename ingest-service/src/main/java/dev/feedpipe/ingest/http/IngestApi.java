package dev.feedpipe.ingest.http;

import static dev.feedpipe.http.HttpEdge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.extract.Declarations;
import dev.feedpipe.http.BearerToken;
import dev.feedpipe.http.HttpEdge;
import dev.feedpipe.ingest.IngestConfig;
import dev.feedpipe.ingest.article.InvalidArticleException;
import dev.feedpipe.ingest.article.Submission;
import dev.feedpipe.ingest.article.SubmissionParser;
import dev.feedpipe.ingest.publish.ArticlePublisher;
import dev.feedpipe.ingest.publish.Intake;
import dev.feedpipe.ingest.publish.PublishUnavailableException;
import dev.feedpipe.problem.FieldError;
import dev.feedpipe.problem.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest HTTP API: its routes and what each answers. Every write is validated completely before
 * anything is sent to Kafka ({@link SubmissionParser}), and answered only once Kafka has acknowledged it
 * ({@link Intake}); every error is {@code application/problem+json} naming the field at fault.
 */
public final class IngestApi {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final IngestConfig config;
    private final ArticlePublisher publisher;
    private final PrometheusMeterRegistry metrics;
    private final ObjectMapper json;
    private final SubmissionParser parser;
    private final RequestBody requests;
    private final BearerToken token;
    private final Intake intake;

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
        this.parser = new SubmissionParser(config.maxBodyBytes(), new Declarations(config.placeholders()));
        this.requests = new RequestBody(config.maxBodyBytes(), json);
        this.token = new BearerToken(config.token());
        this.intake = new Intake(publisher, clock, metrics);
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
        app.exception(PublishUnavailableException.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            problem(ctx, unavailable(e));
        });
        return app;
    }

    private void postArticle(Context ctx) {
        token.require(ctx);
        ctx.status(202).json(answer(intake.accept(readSubmission(ctx, null))));
    }

    private void putArticle(Context ctx) {
        token.require(ctx);
        String id = pathId(ctx);
        Submission submission = readSubmission(ctx, id);
        if (submission.id() != null && !submission.id().equals(id)) {
            throw InvalidArticleException.of("id", "differs from the id in the path ('" + id + "')");
        }
        ctx.status(202).json(answer(intake.accept(submission.withId(id))));
    }

    private void deleteArticle(Context ctx) {
        token.require(ctx);
        String id = pathId(ctx);
        Map<String, Object> answer = answer(intake.delete(id, parser.revisionParameter(ctx.queryParam("revision"))));
        answer.put("deleted", true);
        ctx.status(202).json(answer);
    }

    /** Each item answered on its own: 202 when all were accepted, else 207 with every item's status. */
    private void postBatch(Context ctx) {
        token.require(ctx);
        String body = requests.read(ctx);
        List<Object> items = requests.batchItems(body, RequestBody.mediaType(ctx));
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
                Submission submission = parser.fromJson((JsonNode) item);
                if (kafkaDown != null) {
                    // Kafka just failed one item: the rest are answered at once, not after a timeout each.
                    throw kafkaDown;
                }
                result.put("status", 202);
                result.putAll(answer(intake.accept(submission)));
            } catch (InvalidArticleException e) {
                allAccepted = false;
                result.put("status", e.status());
                result.put("problem", e.problem());
            } catch (PublishUnavailableException e) {
                allAccepted = false;
                kafkaDown = e;
                result.put("status", 503);
                result.put("problem", unavailable(e));
            }
            results.add(result);
        }
        ctx.status(allAccepted ? 202 : 207).json(Map.of("results", results));
    }

    private Submission readSubmission(Context ctx, String pathId) {
        String type = RequestBody.mediaType(ctx);
        String body = requests.read(ctx);
        Map<String, String> metadata = RequestBody.metadata(ctx);
        if (pathId != null) {
            metadata.putIfAbsent("id", pathId);
        }
        return switch (type) {
            case "application/json" -> parser.fromJson(requests.json(body));
            case "text/markdown", "text/x-markdown" -> parser.fromMarkdown(body, metadata);
            case "text/html" -> parser.fromHtml(body, metadata);
            default -> throw RequestBody.unsupported(type, "application/json, text/markdown or text/html");
        };
    }

    private static String pathId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ArticleIds.isValid(id)) {
            throw InvalidArticleException.of("id", ArticleIds.broken(id));
        }
        return id;
    }

    private static Problem unavailable(PublishUnavailableException e) {
        return Problem.of(503, "unavailable", "Kafka unavailable", e.getMessage(), null);
    }

    private static Map<String, Object> answer(Intake.Accepted accepted) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", accepted.id());
        answer.put("revision", accepted.revision());
        answer.put("topic", accepted.receipt().topic());
        answer.put("partition", accepted.receipt().partition());
        answer.put("offset", accepted.receipt().offset());
        return answer;
    }
}
