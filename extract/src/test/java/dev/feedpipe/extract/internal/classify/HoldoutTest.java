package dev.feedpipe.extract.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.extract.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped classifier (default taxonomy and the model trained on all of classifier-training.txt) on
 * articles it was never tuned on ({@code classifier-holdout.txt}): the figure a new reader's articles
 * would see. Prints the table and the misses; fails below the accuracy reached.
 */
class HoldoutTest {

    // 53 of 56 (94.6 %) with the classifier as it was when these were written; the goal is 0.95
    private static final double MIN_ACCURACY = 0.94;

    @Test
    void theShippedClassifierOnArticlesItWasNotTunedOn() throws IOException {
        String text;
        try (InputStream in = HoldoutTest.class.getResourceAsStream("/classifier-holdout.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Classifier classifier = new Classifier(Taxonomy.defaults());
        Map<String, int[]> byCategory = new TreeMap<>();
        int right = 0;
        int all = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\|", 3);
            String expected = fields[0].strip();
            String title = fields[1].strip();
            String body = Normalizer.normalize(fields[2].strip(), Normalizer.Form.NFKC);
            String got = classifier.classify(title, body, classifier.matcher().count(body));
            int[] counts = byCategory.computeIfAbsent(expected, c -> new int[2]);
            counts[1]++;
            all++;
            if (got.equals(expected)) {
                counts[0]++;
                right++;
            } else {
                System.out.printf("holdout miss %s -> %s: %s%n", expected, got, title);
            }
        }
        byCategory.forEach((category, c) -> System.out.printf("holdout %-16s %d of %d%n", category, c[0], c[1]));
        System.out.printf("holdout all %d of %d (%.1f %%)%n", right, all, 100.0 * right / all);
        assertThat(all).isGreaterThanOrEqualTo(50);
        assertThat((double) right / all).as("accuracy on the held-out articles").isGreaterThanOrEqualTo(MIN_ACCURACY);
    }
}
