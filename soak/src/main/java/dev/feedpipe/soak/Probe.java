package dev.feedpipe.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.kafka.KafkaClients;
import dev.feedpipe.schema.ArticleHeaders;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.stack.StackEndpoints;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what the pipeline holds, through its public interfaces: Elasticsearch's documents, the feed API's
 * answers, the enriched topic and the dead letters as a {@code read_committed} consumer sees them.
 */
final class Probe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVISION = ArticleDocument.name("revision");
    private static final int MAX_DOCUMENTS = 10_000; // Elasticsearch's result window; the soak writes fewer ids
    private static final int FEED_READERS = 8;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(90);

    private final StackEndpoints stack;
    private final String index;
    private final String feedUrl;
    private final String enrichedTopic;
    private final String deadLetterTopic;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Probe(StackEndpoints stack, String index, String feedUrl, String enrichedTopic, String deadLetterTopic) {
        this.stack = stack;
        this.index = index;
        this.feedUrl = feedUrl;
        this.enrichedTopic = enrichedTopic;
        this.deadLetterTopic = deadLetterTopic;
    }

    /** Elasticsearch and the feed for {@code ids}; the topics only when {@code withTopics} (they take longer). */
    Observation observe(Collection<String> ids, boolean withTopics) throws IOException, InterruptedException {
        Map<String, Long> indexed = indexed();
        Map<String, Long> feed = feed(ids);
        return withTopics
                ? new Observation(indexed, feed, enrichedCopies(), deadLetterKeys())
                : new Observation(indexed, feed, Map.of(), List.of());
    }

    private Map<String, Long> indexed() throws IOException, InterruptedException {
        String base = stack.elasticsearchNode() + "/" + index;
        send(HttpRequest.newBuilder(URI.create(base + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        String query = JSON.createObjectNode()
                .put("size", MAX_DOCUMENTS)
                .put("track_total_hits", true)
                .set("_source", JSON.createArrayNode().add(REVISION))
                .toString();
        JsonNode answer = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))));
        if (answer.path("hits").path("total").path("value").asLong() > MAX_DOCUMENTS) {
            throw new IOException("more than " + MAX_DOCUMENTS + " documents: the soak writes fewer ids");
        }
        Map<String, Long> revisions = new HashMap<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            revisions.put(
                    hit.path("_id").asText(), hit.path("_source").path(REVISION).asLong());
        }
        return revisions;
    }

    private Map<String, Long> feed(Collection<String> ids) throws IOException, InterruptedException {
        Map<String, Long> revisions = new ConcurrentHashMap<>();
        try (ExecutorService readers = Executors.newFixedThreadPool(FEED_READERS)) {
            List<Future<?>> answers = new ArrayList<>();
            for (String id : ids) {
                answers.add(readers.submit(() -> {
                    feedRevision(id).ifPresent(revision -> revisions.put(id, revision));
                    return null;
                }));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return revisions;
    }

    private OptionalLong feedRevision(String id) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(
                                URI.create(feedUrl + "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return OptionalLong.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("feed API answered " + response.statusCode() + " for " + id);
        }
        return OptionalLong.of(JSON.readTree(response.body()).path("revision").asLong());
    }

    private Map<String, Integer> enrichedCopies() {
        Map<String, Integer> copies = new HashMap<>();
        try (Serde<EnrichedArticle> serde = stack.serdes().enriched();
                Deserializer<EnrichedArticle> articles = serde.deserializer()) {
            for (ConsumerRecord<String, byte[]> record : readAll(enrichedTopic)) {
                long revision = record.value() == null
                        ? ArticleHeaders.revision(record.headers()).orElse(-1)
                        : articles.deserialize(enrichedTopic, record.value()).getRevision();
                String key = Observation.copyKey(record.key(), revision) + (record.value() == null ? " (delete)" : "");
                copies.merge(key, 1, Integer::sum);
            }
        }
        return copies;
    }

    private List<String> deadLetterKeys() {
        return readAll(deadLetterTopic).stream().map(ConsumerRecord::key).toList();
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaClients(stack.bootstrapServers())
                .consumer("soak-checker", new StringDeserializer(), new ByteArrayDeserializer(), Map.of())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end in " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(
                    request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
