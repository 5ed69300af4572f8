package dev.feedpipe.cli.post;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.stack.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostCommandTest {

    @TempDir
    Path folder;

    @Test
    void foldersAreSearchedRecursivelyForMarkdownAndHtml() throws IOException {
        Files.createDirectories(folder.resolve("a/b"));
        Files.writeString(folder.resolve("a/one.md"), "x");
        Files.writeString(folder.resolve("a/b/two.html"), "x");
        Files.writeString(folder.resolve("a/b/notes.txt"), "x");
        Files.writeString(folder.resolve("three.markdown"), "x");

        assertThat(PostCommand.collect(List.of(folder)))
                .extracting(p -> folder.relativize(p).toString())
                .containsExactly("a/b/two.html", "a/one.md", "three.markdown");
    }

    @Test
    void anUnreachableApiIsExitCodeTwoWithAClearMessage() throws IOException {
        Files.writeString(folder.resolve("one.md"), "# t\n\nx");
        int closedPort = Processes.freePort();

        FeedpipeTestSupport.Run run =
                FeedpipeTestSupport.run("post", "--url", "http://127.0.0.1:" + closedPort, folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach the ingest API");
    }
}
