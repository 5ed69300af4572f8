package dev.feedpipe.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** One process of the local stack. */
interface StackService {

    String name();

    /** The ports it listens on, each with the environment variable that moves it. */
    Map<Integer, String> ports();

    /** Where a person reaches it. */
    String endpoint();

    Optional<ProcessHandle> process();

    /** A cheap check that it serves requests; never throws. */
    boolean isReady();

    /** Unpacks and configures what is missing, then launches the process without waiting for readiness. */
    void start() throws IOException;

    void stop() throws IOException;

    Path logFile();
}
