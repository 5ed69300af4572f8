package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class SchemaCompatibilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The raw schema plus an optional field with a default: readers of the new schema can read old data. */
    private static String compatibleChange() {
        String base = RawArticle.getClassSchema().toString();
        return base.replace(
                "\"name\":\"ingestedAt\"",
                "\"name\":\"licence\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"ingestedAt\"");
    }

    /** A required field without default: a reader of this schema cannot read old records. */
    private static String incompatibleChange() {
        String base = RawArticle.getClassSchema().toString();
        return base.replace(
                "\"name\":\"ingestedAt\"", "\"name\":\"licence\",\"type\":\"string\"},{\"name\":\"ingestedAt\"");
    }

    @Test
    void ourSubjectsCarryABackwardRule(StackEndpoints stack) throws Exception {
        SchemaSetup registry = new SchemaSetup(stack.confluentCompatibleUrl());
        for (String topic : new String[] {Catalog.TOPIC_RAW.defaultText(), Catalog.TOPIC_ENRICHED.defaultText()}) {
            HttpResponse<String> response = registry.send("GET", "/config/" + Topics.valueSubject(topic), Map.of());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("compatibilityLevel").asText())
                    .isEqualTo("BACKWARD");
        }
    }

    @Test
    void theRegistryJudgesChangesToTheRawSubjectByItsRule(StackEndpoints stack) throws Exception {
        SchemaSetup registry = new SchemaSetup(stack.confluentCompatibleUrl());
        String path =
                "/compatibility/subjects/" + Topics.valueSubject(Catalog.TOPIC_RAW.defaultText()) + "/versions/latest";

        assertThat(isCompatible(registry.send("POST", path, Map.of("schema", compatibleChange()))))
                .isTrue();
        assertThat(isCompatible(registry.send("POST", path, Map.of("schema", incompatibleChange()))))
                .isFalse();
    }

    @Test
    void aCompatibleVersionIsAcceptedAndAnIncompatibleOneRefused(StackEndpoints stack) {
        SchemaSetup registry = new SchemaSetup(stack.confluentCompatibleUrl());
        String subject = "it.compat-" + UUID.randomUUID() + "-value";
        int first = registry.register(subject, RawArticle.getClassSchema().toString());
        registry.setCompatibility(subject, SchemaSetup.COMPATIBILITY);

        int second = registry.register(subject, compatibleChange());
        assertThat(second).isNotEqualTo(first);

        assertThatThrownBy(() -> registry.register(subject, incompatibleChange()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("incompatible");
        Schema stillLatest = new Schema.Parser().parse(compatibleChange());
        assertThat(stillLatest.getField("licence")).isNotNull();
    }

    private static boolean isCompatible(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.path("is_compatible").asBoolean();
    }
}
