package dev.feedpipe.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.schema.ArticleSchemas;
import dev.feedpipe.schema.ArticleSchemas.TopicSchema;
import dev.feedpipe.schema.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers the article schemas under their subjects through the registry's Confluent-compatible API
 * and sets the subjects' compatibility rule, so that an incompatible schema is refused.
 */
public final class SchemaSetup {

    public static final String COMPATIBILITY = "BACKWARD";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final String ccompatUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SchemaSetup(String ccompatUrl) {
        this.ccompatUrl = ccompatUrl;
    }

    /** The registered schema id of each subject. */
    public record Registration(String subject, int id) {}

    public List<Registration> ensure(Topics topics) {
        List<Registration> registrations = new ArrayList<>();
        for (TopicSchema topicSchema : ArticleSchemas.of(topics)) {
            int id = register(topicSchema.subject(), topicSchema.schema().toString());
            setCompatibility(topicSchema.subject(), COMPATIBILITY);
            registrations.add(new Registration(topicSchema.subject(), id));
        }
        return registrations;
    }

    /** Registers a schema (a no-op returning the id when it is already there). */
    public int register(String subject, String schema) {
        HttpResponse<String> response =
                send("POST", "/subjects/" + encode(subject) + "/versions", Map.of("schema", schema));
        if (response.statusCode() == 409) {
            throw new StackException("the registry refused the schema of " + subject
                    + " as incompatible with its registered versions (" + COMPATIBILITY + "): " + response.body());
        }
        return readJson(response, "register " + subject).path("id").asInt();
    }

    public void setCompatibility(String subject, String level) {
        readJson(
                send("PUT", "/config/" + encode(subject), Map.of("compatibility", level)),
                "set compatibility of " + subject);
    }

    HttpResponse<String> send(String method, String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ccompatUrl + path))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("registry at " + ccompatUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while talking to the registry", e);
        }
    }

    private static JsonNode readJson(HttpResponse<String> response, String action) {
        if (response.statusCode() / 100 != 2) {
            throw new StackException(
                    "registry: could not " + action + ": HTTP " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StackException("registry: unreadable answer to " + action + ": " + response.body(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
