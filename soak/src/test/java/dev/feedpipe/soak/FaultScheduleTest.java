package dev.feedpipe.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {

    private static final Map<FaultKind.Part, Integer> TWO_EACH = Map.of(
            FaultKind.Part.ENRICH,
            2,
            FaultKind.Part.INDEX,
            2,
            FaultKind.Part.INGEST,
            2,
            FaultKind.Part.ELASTICSEARCH,
            1);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void theSameSeedDrawsTheSameScheduleAndAnotherSeedAnother() {
        FaultSchedule once = FaultSchedule.draw(27, TEN_MINUTES, TWO_EACH);
        assertThat(FaultSchedule.draw(27, TEN_MINUTES, TWO_EACH)).isEqualTo(once);
        assertThat(FaultSchedule.draw(28, TEN_MINUTES, TWO_EACH).faults()).isNotEqualTo(once.faults());
        assertThat(once.faults()).hasSizeGreaterThan(10);
    }

    @Test
    void neverTwoKafkaFaultsAtOnceNorTwoOnOneProcessNorMoreThanTwoInAll() {
        LongStream.range(0, 200).forEach(seed -> {
            List<Fault> faults = FaultSchedule.draw(seed, TEN_MINUTES, TWO_EACH).faults();
            for (Fault fault : faults) {
                // the most faults under way at once are under way when one of them strikes
                long underWay = faults.stream()
                        .filter(other -> other.at().compareTo(fault.at()) <= 0
                                && other.reservedUntil().compareTo(fault.at()) > 0)
                        .count();
                assertThat(underWay).as("seed %d: %s", seed, fault).isLessThanOrEqualTo(FaultSchedule.MAX_OVERLAPPING);
                assertThat(faults.stream().filter(other -> other != fault && other.overlaps(fault)))
                        .as("seed %d: %s", seed, fault)
                        .noneMatch(fault::excludes);
            }
        });
    }

    @Test
    void everyFaultIsHealedBeforeTheLoadStopsAndNoneStrikesInTheQuietStart() {
        LongStream.range(0, 200).forEach(seed -> {
            FaultSchedule schedule = FaultSchedule.draw(seed, Duration.ofMinutes(2), TWO_EACH);
            assertThat(schedule.faults()).allSatisfy(fault -> {
                assertThat(fault.at()).isGreaterThanOrEqualTo(FaultSchedule.QUIET_START);
                assertThat(fault.reservedUntil())
                        .isLessThanOrEqualTo(Duration.ofMinutes(2).minus(FaultSchedule.QUIET_END));
            });
        });
    }

    @Test
    void overTenMinutesEveryKindOfFaultComesUpAcrossAFewSeeds() {
        assertThat(LongStream.range(0, 5)
                        .boxed()
                        .flatMap(seed -> FaultSchedule.draw(seed, TEN_MINUTES, TWO_EACH).faults().stream())
                        .map(Fault::kind)
                        .distinct())
                .containsExactlyInAnyOrder(FaultKind.values());
    }

    @Test
    void aSecondIngestInstanceIsOnlyTargetedWhenItRuns() {
        Map<FaultKind.Part, Integer> oneIngest = Map.of(
                FaultKind.Part.ENRICH,
                2,
                FaultKind.Part.INDEX,
                2,
                FaultKind.Part.INGEST,
                1,
                FaultKind.Part.ELASTICSEARCH,
                1);
        assertThat(LongStream.range(0, 50)
                        .boxed()
                        .flatMap(seed -> FaultSchedule.draw(seed, TEN_MINUTES, oneIngest).faults().stream())
                        .filter(fault -> fault.kind().part() == FaultKind.Part.INGEST))
                .isNotEmpty()
                .allMatch(fault -> fault.target().equals("1"));
    }

    @Test
    void withThreeElasticsearchNodesAnyOneIsHitButNeverTwoAtOnce() {
        Map<FaultKind.Part, Integer> threeNodes = Map.of(
                FaultKind.Part.ENRICH,
                2,
                FaultKind.Part.INDEX,
                2,
                FaultKind.Part.INGEST,
                2,
                FaultKind.Part.ELASTICSEARCH,
                3);
        List<Fault> onElasticsearch = LongStream.range(0, 50)
                .boxed()
                .flatMap(seed -> {
                    List<Fault> faults = FaultSchedule.draw(seed, TEN_MINUTES, threeNodes).faults().stream()
                            .filter(fault -> fault.kind().part() == FaultKind.Part.ELASTICSEARCH)
                            .toList();
                    for (Fault fault : faults) {
                        assertThat(faults)
                                .as("seed %d", seed)
                                .filteredOn(other -> other != fault)
                                .noneMatch(fault::overlaps);
                    }
                    return faults.stream();
                })
                .toList();
        assertThat(onElasticsearch).extracting(Fault::target).containsOnly("1", "2", "3");
        assertThat(FaultSchedule.draw(3, TEN_MINUTES, TWO_EACH).faults())
                .filteredOn(fault -> fault.kind().part() == FaultKind.Part.ELASTICSEARCH)
                .allMatch(fault -> fault.target().equals("1"));
    }
}
