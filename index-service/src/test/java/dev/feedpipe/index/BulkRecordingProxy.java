package dev.feedpipe.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy in front of Elasticsearch that remembers every write a bulk response acknowledged
 * ({@code id@version}, the version being the article revision): what the final state of the index
 * cannot show, such as an intermediate revision that was skipped.
 */
final class BulkRecordingProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "host",
            "transfer-encoding",
            "keep-alive",
            "upgrade",
            "expect",
            "accept-encoding");

    private final String target;
    private final HttpServer server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> writes = new ConcurrentHashMap<>();

    BulkRecordingProxy(String target) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every {@code id@revision} Elasticsearch acknowledged as written (index operations only). */
    Set<String> applied() {
        return Set.copyOf(applied);
    }

    /** How many acknowledged index writes there were in all, repeats included. */
    int writeCount() {
        return writes.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(target + path + (query == null ? "" : "?" + query)))
                    .timeout(Duration.ofSeconds(90))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            if (path.endsWith("/_bulk") && response.statusCode() == 200) {
                record(response.body());
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(
                    response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private void record(byte[] body) throws IOException {
        for (JsonNode item : JSON.readTree(body).path("items")) {
            JsonNode index = item.get("index");
            if (index != null && index.path("status").asInt() / 100 == 2) {
                String key = index.path("_id").asText() + "@"
                        + index.path("_version").asLong();
                applied.add(key);
                writes.merge(key, 1, Integer::sum);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
