package dev.feedpipe.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
public final class FeedpipeTestSupport {

    private FeedpipeTestSupport() {}

    public record Run(int exitCode, String out, String err) {}

    public static Run run(String... args) {
        CommandLine commandLine = Feedpipe.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    public static Path projectRoot() {
        for (Path candidate = Path.of("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("feedpipe"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("project root not found");
    }
}
