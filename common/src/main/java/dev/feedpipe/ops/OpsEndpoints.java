package dev.feedpipe.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The operations endpoints every service serves, whatever its HTTP server: liveness, readiness (503 while
 * a dependency is out) and Prometheus metrics. {@link OpsServer} serves them for the Kafka-only services;
 * the HTTP services mount them beside their API.
 */
public final class OpsEndpoints {

    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";
    public static final String METRICS = "/metrics";
    public static final List<String> PATHS = List.of(LIVE, READY, METRICS);

    /** A response to write as is. */
    public record Response(int status, String contentType, String body) {}

    private final BooleanSupplier ready;
    private final PrometheusMeterRegistry metrics;

    public OpsEndpoints(BooleanSupplier ready, PrometheusMeterRegistry metrics) {
        this.ready = ready;
        this.metrics = metrics;
    }

    /** The answer to a GET of one of {@link #PATHS}. */
    public Response answer(String path) {
        return switch (path) {
            case LIVE -> status(true);
            case READY -> status(ready.getAsBoolean());
            case METRICS -> new Response(200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
            default -> throw new IllegalArgumentException("not an operations endpoint: " + path);
        };
    }

    private static Response status(boolean up) {
        return new Response(up ? 200 : 503, "application/json", "{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}");
    }
}
