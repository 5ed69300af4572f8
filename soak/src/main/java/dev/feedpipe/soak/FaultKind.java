package dev.feedpipe.soak;

import java.time.Duration;
import java.util.List;

/**
 * What the nemesis can do, each with the part it hits, which targets it may pick, how long the part stays
 * faulty (drawn between {@code shortest} and {@code longest}) and how long healing takes at most (a
 * restart), which the schedule reserves so that faults it means to keep apart stay apart.
 */
enum FaultKind {
    BROKER_KILL("SIGKILL broker %s, restart it", Part.KAFKA, Targets.BROKERS, 5, 25, 20),
    BROKER_PAUSE("SIGSTOP broker %s, SIGCONT", Part.KAFKA, Targets.BROKERS, 5, 20, 5),
    REGISTRY_STOP("stop the registry, start it", Part.REGISTRY, List.of(""), 5, 25, 20),
    ELASTICSEARCH_PAUSE("SIGSTOP Elasticsearch node %s, SIGCONT", Part.ELASTICSEARCH, Targets.NODES, 5, 30, 5),
    ELASTICSEARCH_KILL("SIGKILL Elasticsearch node %s, restart it", Part.ELASTICSEARCH, Targets.NODES, 0, 10, 40),
    ENRICH_KILL("SIGKILL enrich-%s, restart it", Part.ENRICH, Targets.INSTANCES, 0, 15, 30),
    // longer than a consumer's session (45 s): its tasks move, and it wakes as a zombie
    ENRICH_FREEZE("SIGSTOP enrich-%s past its session, SIGCONT", Part.ENRICH, Targets.INSTANCES, 50, 65, 5),
    ENRICH_RESTART("restart enrich-%s gracefully", Part.ENRICH, Targets.INSTANCES, 0, 0, 40),
    INDEX_KILL("SIGKILL index-%s, restart it", Part.INDEX, Targets.INSTANCES, 0, 15, 30),
    INDEX_FREEZE("SIGSTOP index-%s past its session, SIGCONT", Part.INDEX, Targets.INSTANCES, 50, 65, 5),
    INDEX_RESTART("restart index-%s gracefully", Part.INDEX, Targets.INSTANCES, 0, 0, 40),
    INGEST_RESTART("restart ingest-%s gracefully", Part.INGEST, Targets.INSTANCES, 0, 0, 30);

    /**
     * The parts of the cluster; faults on the same part and target never overlap, on a clustered part (one
     * whose promise holds for one node down) never at all.
     */
    enum Part {
        KAFKA,
        REGISTRY,
        ELASTICSEARCH,
        ENRICH,
        INDEX,
        INGEST;

        boolean clustered() {
            return this == KAFKA || this == ELASTICSEARCH;
        }
    }

    /** A broker target: its node number, or the one holding a role when the fault strikes. */
    static final String LEADER = "leader";

    static final String CONTROLLER = "controller";

    private static final class Targets {
        static final List<String> BROKERS = List.of("1", "2", "3", LEADER, CONTROLLER);
        static final List<String> INSTANCES = List.of("1", "2");
        static final List<String> NODES = List.of("1", "2", "3");
    }

    private final String description;
    private final Part part;
    private final List<String> targets;
    private final Duration shortest;
    private final Duration longest;
    private final Duration healing;

    FaultKind(String description, Part part, List<String> targets, int shortest, int longest, int healing) {
        this.description = description;
        this.part = part;
        this.targets = targets;
        this.shortest = Duration.ofSeconds(shortest);
        this.longest = Duration.ofSeconds(longest);
        this.healing = Duration.ofSeconds(healing);
    }

    Part part() {
        return part;
    }

    List<String> targets() {
        return targets;
    }

    Duration shortest() {
        return shortest;
    }

    Duration longest() {
        return longest;
    }

    Duration healing() {
        return healing;
    }

    String describe(String target) {
        return description.formatted(
                switch (target) {
                    case LEADER -> "(the leader of raw partition 0)";
                    case CONTROLLER -> "(the active controller)";
                    default -> target;
                });
    }
}
