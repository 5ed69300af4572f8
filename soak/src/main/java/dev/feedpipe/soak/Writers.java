package dev.feedpipe.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.bench.pipeline.ArticleGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers that post, revise and delete articles at a steady rate, as real posters would: each owns its ids
 * and writes them one at a time with rising revisions; a 503 is retried after its {@code Retry-After}, a lost
 * connection or a timeout on the next ingest instance, always with the same revision, until a definite answer
 * or the end of the grace period. Every final answer goes into the {@link History}.
 */
final class Writers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_BYTES = 1500;
    private static final double DELETE_SHARE = 0.3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final long seed;
    private final List<String> ingestUrls;
    private final int writers;
    private final double rate;
    private final int idsPerWriter;
    private final History history;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicLong connectionFailures = new AtomicLong();

    /**
     * @param rate operations per second, all writers together
     * @param idsPerWriter how many ids each writer spreads its operations over
     */
    Writers(long seed, List<String> ingestUrls, int writers, double rate, int idsPerWriter, History history) {
        this.seed = seed;
        this.ingestUrls = List.copyOf(ingestUrls);
        this.writers = writers;
        this.rate = rate;
        this.idsPerWriter = idsPerWriter;
        this.history = history;
    }

    /** Starts the writers; they write until {@code stopAt} and give up on an answer at {@code giveUpAt} (nano time). */
    List<Thread> start(long stopAt, long giveUpAt) {
        List<Thread> threads = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            int number = writer;
            threads.add(Thread.ofPlatform().name("soak-writer-" + writer).start(() -> write(number, stopAt, giveUpAt)));
        }
        return threads;
    }

    private void write(int writer, long stopAt, long giveUpAt) {
        Random random = new Random(seed * 1_000_003L + writer);
        ArticleGenerator generator = new ArticleGenerator(seed + writer);
        Map<String, Long> revisions = new HashMap<>();
        Map<String, Boolean> live = new HashMap<>();
        long period = (long) (1e9 * writers / rate);
        long next = System.nanoTime();
        int ingest = writer % ingestUrls.size();
        int written = 0;
        while (System.nanoTime() < stopAt) {
            String id = "soak-w" + writer + "-" + random.nextInt(idsPerWriter);
            long revision = revisions.merge(id, 1L, Long::sum);
            Operation.Kind kind = live.getOrDefault(id, false) && random.nextDouble() < DELETE_SHARE
                    ? Operation.Kind.DELETE
                    : Operation.Kind.POST;
            HttpRequest request =
                    kind == Operation.Kind.POST ? post(id, revision, generator.article(written++, BODY_BYTES)) : null;
            Attempt answer = perform(kind, id, revision, request, ingest, giveUpAt);
            ingest = answer.ingest;
            history.record(new Operation(
                    history.nextSequence(), id, kind, revision, answer.outcome, answer.attempts, answer.detail));
            if (answer.outcome != Operation.Outcome.REFUSED) {
                // an unanswered write may have been applied: the next one on the id goes above it either way
                live.put(id, kind == Operation.Kind.POST);
            }
            next += period;
            long now = System.nanoTime();
            if (next > now) {
                sleep(Duration.ofNanos(next - now));
            } else if (now - next > 1_000_000_000L) {
                next = now; // far behind after an outage: carry on at the rate, do not burst
            }
        }
    }

    private record Attempt(Operation.Outcome outcome, int attempts, String detail, int ingest) {}

    private Attempt perform(
            Operation.Kind kind, String id, long revision, HttpRequest post, int ingest, long giveUpAt) {
        int attempts = 0;
        String last = "";
        while (System.nanoTime() < giveUpAt) {
            attempts++;
            HttpRequest request = post != null ? retarget(post, ingest) : delete(id, revision, ingest);
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    return new Attempt(Operation.Outcome.ACKNOWLEDGED, attempts, "", ingest);
                }
                if (response.statusCode() != 503) {
                    return new Attempt(
                            Operation.Outcome.REFUSED,
                            attempts,
                            response.statusCode() + " " + response.body().strip(),
                            ingest);
                }
                unavailable.incrementAndGet();
                last = "503";
                sleep(retryAfter(response));
            } catch (IOException e) {
                connectionFailures.incrementAndGet();
                last = e.getClass().getSimpleName();
                ingest = (ingest + 1) % ingestUrls.size();
                sleep(RECONNECT_PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Attempt(Operation.Outcome.UNKNOWN, attempts, "no answer; last: " + last, ingest);
    }

    private HttpRequest post(String id, long revision, String body) {
        String json = JSON.createObjectNode()
                .put("id", id)
                .put("revision", revision)
                .put("title", "浸泡测试 " + id + " 第 " + revision + " 版")
                .put("body", body)
                .toString();
        return HttpRequest.newBuilder(URI.create(ingestUrls.getFirst() + "/api/articles"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    private HttpRequest retarget(HttpRequest post, int ingest) {
        return HttpRequest.newBuilder(post, (name, value) -> true)
                .uri(URI.create(ingestUrls.get(ingest) + "/api/articles"))
                .build();
    }

    private HttpRequest delete(String id, long revision, int ingest) {
        return HttpRequest.newBuilder(URI.create(ingestUrls.get(ingest) + "/api/articles/"
                        + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?revision=" + revision))
                .timeout(REQUEST_TIMEOUT)
                .DELETE()
                .build();
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Duration asked = response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,4}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(Duration.ofSeconds(1));
        return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
