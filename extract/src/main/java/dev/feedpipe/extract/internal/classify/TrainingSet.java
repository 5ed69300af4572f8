package dev.feedpipe.extract.internal.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The labelled articles shipped with the default taxonomy, and the model trained on them. */
public final class TrainingSet {

    private static final String RESOURCE = "/dev/feedpipe/extract/classifier-training.txt";

    private TrainingSet() {}

    /** One labelled article. */
    public record Labelled(String category, String title, String body) {
        public NaiveBayes.Example example() {
            return new NaiveBayes.Example(category, title + "\n" + body);
        }
    }

    public static List<Labelled> articles() {
        try (InputStream in = TrainingSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classifier training set missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", 3))
                    .map(parts -> new Labelled(parts[0].strip(), parts[1].strip(), parts[2].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model over every shipped article; built on first use and kept (it is immutable). */
    static NaiveBayes model() {
        return Holder.MODEL;
    }

    private static final class Holder {
        private static final NaiveBayes MODEL =
                new NaiveBayes(articles().stream().map(Labelled::example).toList());
    }
}
