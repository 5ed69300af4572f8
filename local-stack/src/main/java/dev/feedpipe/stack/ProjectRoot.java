package dev.feedpipe.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's root folder: the one holding the {@code feedpipe} script and the parent pom. */
public final class ProjectRoot {

    private ProjectRoot() {}

    public static Path find() {
        String configured = System.getProperty("feedpipe.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path current = Path.of("").toAbsolutePath();
        for (Path candidate = current; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("feedpipe"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new StackException("cannot find the feedpipe project folder from " + current
                + "; run from inside it or set -Dfeedpipe.root");
    }
}
