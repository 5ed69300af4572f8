package dev.feedpipe.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.stack.ProjectRoot;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two minutes of the seeded soak on a cluster of its own (beside the tests' shared stack): every
 * acknowledged write must end up in Elasticsearch and the feed as the history says, nothing dead-lettered,
 * nothing twice. The seed is fixed so that a red run replays with {@code ./feedpipe soak --minutes 2 --seed 26}.
 */
class SoakIT {

    private static final long SEED = 26;

    @Test
    void twoMinutesOfOverlappingFaultsUnderLoadLoseNothingAndDuplicateNothing() throws Exception {
        Path root = ProjectRoot.find();
        Soak soak = new Soak(root, root.resolve("soak/target/soak"), Duration.ofMinutes(2), SEED, 20, 2, 1, System.out);
        assertThat(soak.schedule().faults()).as("faults in two minutes").hasSizeGreaterThanOrEqualTo(3);
        Verdict verdict = soak.execute();
        System.out.println(verdict.line());
        assertThat(verdict.acknowledged()).as("writes acknowledged").isGreaterThan(1000);
        assertThat(verdict.clean())
                .as(verdict.line() + "\n" + String.join("\n", verdict.examples()))
                .isTrue();
    }
}
