package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: a way to start over that asks first. */
class WipeTest {

    @TempDir
    Path root;

    @Test
    void wipingAStoppedStackDeletesAllItsDataAndTheNextStartBeginsFromNothing() throws Exception {
        Path home = root.resolve("stack");
        Files.createDirectories(home.resolve("kafka/data/articles.raw-0"));
        Files.writeString(home.resolve("kafka/data/articles.raw-0/00000.log"), "records");
        Files.createDirectories(home.resolve("registry/data"));
        Files.writeString(home.resolve("kafka-cluster-id"), "abc");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LocalStack stack = new LocalStack(
                StackConfig.load(root, Map.of("FEEDPIPE_STACK_HOME", home.toString())),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(stack.dataLocations()).containsExactly(home);
        stack.wipe();

        assertThat(home).doesNotExist();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("deleted " + home);
    }

    @Test
    void onlyYesGoesAheadAndNoAnswerIsANo() {
        assertThat(confirmation("y\n").confirmed("delete it", false)).isTrue();
        assertThat(confirmation(" YES \n").confirmed("delete it", false)).isTrue();
        assertThat(confirmation("n\n").confirmed("delete it", false)).isFalse();
        assertThat(confirmation("\n").confirmed("delete it", false)).isFalse();
        assertThat(confirmation("").confirmed("delete it", false))
                .as("input closed, as in a script")
                .isFalse();
        assertThat(confirmation("").confirmed("delete it", true)).as("--yes").isTrue();
    }

    private static Confirmation confirmation(String typed) {
        return new Confirmation(
                new BufferedReader(new StringReader(typed)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
