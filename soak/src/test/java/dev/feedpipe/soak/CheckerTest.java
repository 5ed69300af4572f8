package dev.feedpipe.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.soak.Operation.Kind;
import dev.feedpipe.soak.Operation.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private final List<Operation> operations = new ArrayList<>();

    private void write(String id, Kind kind, long revision, Outcome outcome) {
        operations.add(new Operation(operations.size() + 1, id, kind, revision, outcome, 1, ""));
    }

    private Verdict check(Map<String, Long> indexed) {
        return check(indexed, indexed, Map.of(), List.of());
    }

    private Verdict check(
            Map<String, Long> indexed, Map<String, Long> feed, Map<String, Integer> copies, List<String> deadLetters) {
        return Checker.check(History.of(operations), 3, List.of(new Observation(indexed, feed, copies, deadLetters)));
    }

    @Test
    void theLastAcknowledgedRevisionOfEachIdIsClean() {
        write("a", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("a", Kind.POST, 2, Outcome.ACKNOWLEDGED);
        write("b", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("b", Kind.DELETE, 2, Outcome.ACKNOWLEDGED);
        Verdict verdict = check(Map.of("a", 2L));
        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.acknowledged()).isEqualTo(4);
        assertThat(verdict.line())
                .isEqualTo("soak: 4 operations acknowledged, 3 faults, lost 0, stale 0, resurrected 0, dead-lettered 0,"
                        + " duplicated 0, feed disagrees 0, errors 0");
    }

    @Test
    void aMissingAcknowledgedPostIsLostAndAnOlderRevisionStale() {
        write("a", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("b", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("b", Kind.POST, 2, Outcome.ACKNOWLEDGED);
        Verdict verdict = check(Map.of("b", 1L));
        assertThat(verdict.lost()).isEqualTo(1);
        assertThat(verdict.stale()).isEqualTo(1);
        assertThat(verdict.examples()).contains("lost a at 1", "stale b at 1");
    }

    @Test
    void anOlderRevisionBackAfterAnAcknowledgedDeleteIsResurrected() {
        write("a", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("a", Kind.DELETE, 2, Outcome.ACKNOWLEDGED);
        assertThat(check(Map.of("a", 1L)).resurrected()).isEqualTo(1);
    }

    @Test
    void aWriteWithoutAnAnswerMayOrMayNotHaveLanded() {
        write("a", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("a", Kind.POST, 2, Outcome.UNKNOWN);
        write("b", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("b", Kind.DELETE, 2, Outcome.UNKNOWN);
        assertThat(check(Map.of("a", 1L, "b", 1L)).clean()).isTrue();
        assertThat(check(Map.of("a", 2L)).clean()).isTrue();
        assertThat(check(Map.of("a", 3L, "b", 1L)).stale())
                .as("newer than any write")
                .isEqualTo(1);
    }

    @Test
    void aRevisionNoWriteMadeAndAnIdNobodyWroteAreStale() {
        write("a", Kind.POST, 1, Outcome.REFUSED);
        Verdict verdict = check(Map.of("a", 1L, "ghost", 4L));
        assertThat(verdict.stale()).isEqualTo(2);
        assertThat(verdict.errors()).isEqualTo(1);
    }

    @Test
    void deadLettersOfAcknowledgedIdsDuplicatesAndFeedDisagreementsAreCounted() {
        write("a", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("b", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        Map<String, Long> feed = new HashMap<>(Map.of("a", 1L));
        Verdict verdict = check(
                Map.of("a", 1L, "b", 1L),
                feed,
                Map.of(Observation.copyKey("a", 1), 2, Observation.copyKey("b", 1), 1),
                List.of("b", "not-ours"));
        assertThat(verdict.deadLettered()).isEqualTo(1);
        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.feedDisagrees()).isEqualTo(1);
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void aDeleteThatComesBackInTheSecondLookCountsOnce() {
        write("a", Kind.POST, 1, Outcome.ACKNOWLEDGED);
        write("a", Kind.DELETE, 2, Outcome.ACKNOWLEDGED);
        Observation gone = new Observation(Map.of(), Map.of(), Map.of(), List.of());
        Observation back = new Observation(Map.of("a", 1L), Map.of("a", 1L), Map.of(), List.of());
        Verdict verdict = Checker.check(History.of(operations), 0, List.of(gone, back, back));
        assertThat(verdict.resurrected()).isEqualTo(1);
        assertThat(Checker.settled(History.of(operations), gone)).isTrue();
        assertThat(Checker.settled(History.of(operations), back)).isFalse();
    }
}
