package dev.feedpipe.cli.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.DeadLetterHeaders;
import dev.feedpipe.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RedrivePlanTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final DeadLetterFilter EVERYTHING =
            new DeadLetterFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());

    private static DeadLetter letter(long offset, String key, String stage, String origin, String reason, String time) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8));
        if (origin != null) {
            headers.add(DeadLetterHeaders.TOPIC, origin.getBytes(StandardCharsets.UTF_8));
        }
        if (stage != null) {
            headers.add(DeadLetterHeaders.STAGE, stage.getBytes(StandardCharsets.UTF_8));
        }
        return new DeadLetter(
                0, offset, Instant.parse(time), key.getBytes(StandardCharsets.UTF_8), new byte[] {0}, headers);
    }

    private final List<DeadLetter> letters = List.of(
            letter(0, "a", null, "articles.raw", "schema id 7 is not in the registry", "2026-12-01T10:00:00Z"),
            letter(1, "b", "index", "articles.enriched", "Elasticsearch refused document 'b'", "2026-12-01T11:00:00Z"),
            letter(2, "c", "index", "elsewhere", "Elasticsearch refused document 'c'", "2026-12-01T12:00:00Z"),
            letter(3, "d", null, null, "extraction failed", "2026-12-01T13:00:00Z"));

    @Test
    void everyMatchingDeadLetterFromAPipelineTopicGoesOnceAndTheOthersAreCounted() {
        RedrivePlan plan = RedrivePlan.of(letters, Set.of("0:0"), EVERYTHING, TOPICS);

        assertThat(plan.send()).extracting(DeadLetter::keyText).containsExactly("b");
        assertThat(plan.alreadyRedriven()).isEqualTo(1);
        assertThat(plan.withoutOrigin()).extracting(DeadLetter::keyText).containsExactly("c", "d");
        assertThat(plan.notMatching()).isZero();
    }

    @Test
    void theFilterSelectsByStageReasonKeyAndTime() {
        assertThat(keys(new DeadLetterFilter(
                        Optional.of("enrich"), Optional.empty(), Set.of(), Optional.empty(), Optional.empty())))
                .containsExactly("a");
        assertThat(keys(new DeadLetterFilter(
                        Optional.empty(),
                        Optional.of(Pattern.compile("refused document 'b'")),
                        Set.of(),
                        Optional.empty(),
                        Optional.empty())))
                .containsExactly("b");
        assertThat(keys(new DeadLetterFilter(
                        Optional.empty(), Optional.empty(), Set.of("a", "b"), Optional.empty(), Optional.empty())))
                .containsExactly("a", "b");
        assertThat(keys(new DeadLetterFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Set.of(),
                        Optional.of(Instant.parse("2026-12-01T10:30:00Z")),
                        Optional.of(Instant.parse("2026-12-01T11:00:00Z")))))
                .as("until is exclusive")
                .isEmpty();
        assertThat(keys(new DeadLetterFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Set.of(),
                        Optional.of(Instant.parse("2026-12-01T11:00:00Z")),
                        Optional.empty())))
                .containsExactly("b");
    }

    private List<String> keys(DeadLetterFilter filter) {
        return RedrivePlan.of(letters, Set.of(), filter, TOPICS).send().stream()
                .map(DeadLetter::keyText)
                .toList();
    }
}
