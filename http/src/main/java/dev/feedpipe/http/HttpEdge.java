package dev.feedpipe.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.ops.OpsEndpoints;
import dev.feedpipe.problem.Problem;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * What every Javalin service of the pipeline answers the same way: the operations endpoints, errors
 * as {@code application/problem+json} in UTF-8 (an unknown path 404, a wrong method 405, anything
 * unexpected 500 without internals, a write without the configured {@link BearerToken} 401; what Jetty refuses before routing, see {@link ProblemErrorHandler}), a request counter by method and status, and only the request's
 * real method: {@code X-HTTP-Method-Override} is ignored, so a GET can never become a DELETE behind a
 * proxy that allows only GET.
 *
 * @param service the service's name, the prefix of its request counter ({@code <service>.http.requests})
 */
public record HttpEdge(String service, ObjectMapper json, PrometheusMeterRegistry metrics, BooleanSupplier ready) {

    /** The problem media type with its charset, as sent. */
    public static final String PROBLEM_CONTENT_TYPE = Problem.MEDIA_TYPE + "; charset=utf-8";

    /**
     * A Javalin app with the shared rules; {@code configure} adds the service's own settings (static
     * files, limits). Routes and the service's own exception mappings go on the returned app.
     */
    public Javalin create(Consumer<JavalinConfig> configure) {
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new RealMethodOnly()), "/*", EnumSet.of(DispatcherType.REQUEST)));
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            configure.accept(javalin);
        });
        OpsEndpoints ops = new OpsEndpoints(ready, metrics);
        OpsEndpoints.PATHS.forEach(path -> app.get(path, ctx -> {
            OpsEndpoints.Response response = ops.answer(path);
            ctx.status(response.status()).contentType(response.contentType()).result(response.body());
        }));
        app.exception(BearerToken.Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            problem(ctx, Problem.of(401, "unauthorized", "Unauthorized", e.getMessage(), "Authorization"));
        });
        app.exception(
                Exception.class,
                (e, ctx) -> problem(
                        ctx,
                        Problem.of(
                                500, "internal", "Internal error", e.getClass().getSimpleName(), null)));
        app.error(404, ctx -> {
            if (!hasBody(ctx)) {
                problem(ctx, Problem.of(404, "not-found", "Not found", "nothing at " + ctx.path(), null));
            }
        });
        app.error(
                405,
                ctx -> problem(
                        ctx,
                        Problem.of(
                                405,
                                "method-not-allowed",
                                "Method not allowed",
                                ctx.method() + " is not allowed on " + ctx.path(),
                                null)));
        app.after(ctx -> metrics.counter(
                        service + ".http.requests",
                        "method",
                        ctx.method().name(),
                        "status",
                        Integer.toString(ctx.statusCode()))
                .increment());
        return app;
    }

    /** Where each service serves its OpenAPI document. */
    public static final String OPENAPI_PATH = "/api/openapi.json";

    /** Serves {@code openapi.json} beside {@code owner} on the classpath, read once at start. */
    public static void serveOpenApi(Javalin app, Class<?> owner) {
        byte[] document;
        try (InputStream in = owner.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("no openapi.json beside " + owner.getName());
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(document));
    }

    /** Answers with the problem as UTF-8 {@code application/problem+json}. */
    public static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status())
                .contentType(PROBLEM_CONTENT_TYPE)
                .result(problem.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** A handler already answered this 404 itself (a problem naming the id, an HTML page). */
    private static boolean hasBody(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && (type.startsWith(Problem.MEDIA_TYPE) || type.startsWith("text/html"));
    }
}
