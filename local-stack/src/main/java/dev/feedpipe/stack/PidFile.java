package dev.feedpipe.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The process id of a service the stack started, kept in a file so that later commands find it. */
public record PidFile(Path path) {

    public Optional<ProcessHandle> liveProcess() {
        return readPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    public void write(long pid) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, Long.toString(pid), StandardCharsets.US_ASCII);
    }

    public void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    /** Stops the process and its descendants: SIGTERM first, SIGKILL after {@code grace}. */
    public void stopProcess(Duration grace) throws IOException {
        Optional<ProcessHandle> process = liveProcess();
        if (process.isPresent()) {
            ProcessHandle handle = process.get();
            var descendants = handle.descendants().toList();
            handle.destroy();
            descendants.forEach(ProcessHandle::destroy);
            waitForExit(handle, grace);
            if (handle.isAlive()) {
                handle.destroyForcibly();
                waitForExit(handle, Duration.ofSeconds(10));
            }
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        delete();
    }

    private Optional<Long> readPid() {
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(
                    Files.readString(path, StandardCharsets.US_ASCII).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void waitForExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive: the caller escalates
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
