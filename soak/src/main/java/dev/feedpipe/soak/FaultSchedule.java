package dev.feedpipe.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The faults of one soak, drawn from its seed: the same seed, length and cluster give the same schedule.
 * Faults start after a quiet first stretch, a few to some tens of seconds apart; at most two are under way at
 * once, never two on Kafka (the cluster's promise holds for one broker down), never two on one process, and
 * each is healed before the load stops.
 */
record FaultSchedule(long seed, Duration run, List<Fault> faults) {

    static final Duration QUIET_START = Duration.ofSeconds(10);
    static final Duration QUIET_END = Duration.ofSeconds(10);
    static final int MAX_OVERLAPPING = 2;
    private static final int MIN_GAP_SECONDS = 3;
    private static final int MAX_GAP_SECONDS = 20;
    private static final int DRAWS_PER_SLOT = 12;

    FaultSchedule {
        faults = List.copyOf(faults);
    }

    /**
     * @param instances how many instances run of each instance part (enrich, index, ingest)
     */
    static FaultSchedule draw(long seed, Duration run, Map<FaultKind.Part, Integer> instances) {
        Random random = new Random(seed);
        FaultKind[] kinds = FaultKind.values();
        List<Fault> faults = new ArrayList<>();
        Duration last = run.minus(QUIET_END);
        Duration at = QUIET_START;
        while (at.compareTo(last) < 0) {
            for (int draw = 0; draw < DRAWS_PER_SLOT; draw++) {
                FaultKind kind = kinds[random.nextInt(kinds.length)];
                List<String> targets = kind.targets().stream()
                        .filter(target -> isRunning(kind.part(), target, instances))
                        .toList();
                String target = targets.get(random.nextInt(targets.size()));
                long spread = kind.longest().toMillis() - kind.shortest().toMillis();
                Duration length = kind.shortest().plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
                Fault fault = new Fault(at, kind, target, length);
                if (fault.reservedUntil().compareTo(last) <= 0 && fits(fault, faults)) {
                    faults.add(fault);
                    break;
                }
            }
            at = at.plusSeconds(MIN_GAP_SECONDS + random.nextInt(MAX_GAP_SECONDS - MIN_GAP_SECONDS + 1));
        }
        return new FaultSchedule(seed, run, faults);
    }

    private static boolean isRunning(FaultKind.Part part, String target, Map<FaultKind.Part, Integer> instances) {
        Integer count = instances.get(part);
        return count == null || !target.chars().allMatch(Character::isDigit) || Integer.parseInt(target) <= count;
    }

    private static boolean fits(Fault fault, List<Fault> scheduled) {
        List<Fault> overlapping = scheduled.stream().filter(fault::overlaps).toList();
        return overlapping.size() < MAX_OVERLAPPING && overlapping.stream().noneMatch(fault::excludes);
    }

    /** How many faults of each kind, for the summary. */
    Map<FaultKind, Long> counts() {
        Map<FaultKind, Long> counts = new TreeMap<>(Comparator.comparing(FaultKind::ordinal));
        faults.forEach(fault -> counts.merge(fault.kind(), 1L, Long::sum));
        return counts;
    }

    String describe() {
        StringBuilder text = new StringBuilder(String.format(
                "fault schedule of seed %d: %d faults in %d s of load%n", seed, faults.size(), run.toSeconds()));
        faults.forEach(fault -> text.append("  ").append(fault).append(System.lineSeparator()));
        return text.toString();
    }
}
