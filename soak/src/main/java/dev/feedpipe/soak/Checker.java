package dev.feedpipe.soak;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Holds a soak's history against what the pipeline ends with. An id may be in any state one of its writes
 * left it in from its last acknowledged write on: that write's, or one of the later writes that got no
 * definite answer. Anything else is lost, stale or resurrected. A state is a revision, or {@link #ABSENT}.
 */
final class Checker {

    static final long ABSENT = -1;
    private static final int EXAMPLES = 10;

    private Checker() {}

    /**
     * @param observations what the pipeline held once settled, and again a while later (a delete must stay
     *     deleted): every count is taken over all of them
     */
    static Verdict check(History history, int faults, List<Observation> observations) {
        Map<String, List<Operation>> byId = byId(history.operations());
        Counts counts = new Counts();
        for (Observation observation : observations) {
            compareIndex(byId, observation, counts);
            compareFeed(byId.keySet(), observation, counts);
        }
        Observation last = observations.getLast();
        Set<String> acknowledgedIds = new HashSet<>();
        history.operations().stream()
                .filter(Operation::acknowledged)
                .forEach(operation -> acknowledgedIds.add(operation.id()));
        last.deadLetterKeys().stream().filter(acknowledgedIds::contains).forEach(id -> counts.add("dead", id));
        last.enrichedCopies().entrySet().stream()
                .filter(copies -> copies.getValue() > 1)
                .forEach(copies -> counts.add("duplicated", copies.getKey()));
        long errors = history.count(Operation.Outcome.REFUSED);
        history.operations().stream()
                .filter(o -> o.outcome() == Operation.Outcome.REFUSED)
                .limit(EXAMPLES)
                .forEach(o -> counts.examples.add("error " + o.id() + ": " + o.detail()));
        return new Verdict(
                history.count(Operation.Outcome.ACKNOWLEDGED),
                faults,
                counts.of("lost"),
                counts.of("stale"),
                counts.of("resurrected"),
                counts.of("dead"),
                counts.of("duplicated"),
                counts.of("feed"),
                errors,
                counts.examples);
    }

    /** Whether Elasticsearch and the feed hold what the history allows (the pipeline has caught up). */
    static boolean settled(History history, Observation observation) {
        Counts counts = new Counts();
        Map<String, List<Operation>> byId = byId(history.operations());
        compareIndex(byId, observation, counts);
        compareFeed(byId.keySet(), observation, counts);
        return counts.total() == 0;
    }

    private static Map<String, List<Operation>> byId(List<Operation> operations) {
        Map<String, List<Operation>> byId = new LinkedHashMap<>();
        operations.forEach(
                o -> byId.computeIfAbsent(o.id(), id -> new ArrayList<>()).add(o));
        return byId;
    }

    private static void compareIndex(Map<String, List<Operation>> byId, Observation observation, Counts counts) {
        for (Map.Entry<String, List<Operation>> entry : byId.entrySet()) {
            String id = entry.getKey();
            long state = observation.indexed().getOrDefault(id, ABSENT);
            List<Operation> operations = entry.getValue();
            int lastAcknowledged = -1;
            for (int i = 0; i < operations.size(); i++) {
                if (operations.get(i).acknowledged()) {
                    lastAcknowledged = i;
                }
            }
            Set<Long> allowed = new HashSet<>();
            if (lastAcknowledged < 0) {
                allowed.add(ABSENT);
            }
            for (int i = Math.max(0, lastAcknowledged); i < operations.size(); i++) {
                Operation operation = operations.get(i);
                if (operation.acknowledged() || operation.outcome() == Operation.Outcome.UNKNOWN) {
                    allowed.add(stateAfter(operation));
                }
            }
            if (allowed.contains(state)) {
                continue;
            }
            Operation promised = lastAcknowledged < 0 ? null : operations.get(lastAcknowledged);
            if (state == ABSENT) {
                counts.add("lost", id, promised == null ? "" : "at " + promised.revision());
            } else if (promised != null && promised.kind() == Operation.Kind.DELETE && state < promised.revision()) {
                counts.add("resurrected", id, "at " + state + ", deleted at " + promised.revision());
            } else {
                counts.add("stale", id, "at " + state);
            }
        }
        observation.indexed().keySet().stream()
                .filter(id -> !byId.containsKey(id))
                .forEach(id -> counts.add("stale", id, "never written"));
    }

    private static void compareFeed(Set<String> ids, Observation observation, Counts counts) {
        for (String id : ids) {
            if (!Objects.equals(
                    observation.indexed().get(id), observation.feed().get(id))) {
                counts.add("feed", id);
            }
        }
    }

    private static long stateAfter(Operation operation) {
        return operation.kind() == Operation.Kind.POST ? operation.revision() : ABSENT;
    }

    /** Distinct findings by kind (the same finding in two observations counts once), with examples. */
    private static final class Counts {
        private final Map<String, Set<String>> findings = new LinkedHashMap<>();
        private final List<String> examples = new ArrayList<>();

        void add(String kind, String key) {
            add(kind, key, "");
        }

        void add(String kind, String key, String detail) {
            if (findings.computeIfAbsent(kind, k -> new HashSet<>()).add(key) && examples.size() < EXAMPLES) {
                examples.add((kind + " " + key + " " + detail).strip());
            }
        }

        long of(String kind) {
            return findings.getOrDefault(kind, Set.of()).size();
        }

        long total() {
            return findings.values().stream().mapToLong(Set::size).sum();
        }
    }
}
