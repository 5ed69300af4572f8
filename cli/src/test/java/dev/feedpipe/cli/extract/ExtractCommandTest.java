package dev.feedpipe.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.cli.FeedpipeTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void printsOneJsonEntryPerFileWithTheDocumentedFields() throws IOException {
        Path markdown = Files.writeString(folder.resolve("a.md"), "---\nid: a\ncategory: Python\n---\n# 标题\n\n正文 $x$。");
        Path html = Files.writeString(folder.resolve("b.html"), "<h1>HTML</h1><pre>code</pre>");

        FeedpipeTestSupport.Run run = FeedpipeTestSupport.run("extract", markdown.toString(), html.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        for (String field : List.of(
                "id",
                "title",
                "summary",
                "summarySource",
                "text",
                "category",
                "categorySource",
                "tags",
                "language",
                "codeBlocks",
                "formulaCount",
                "inlineMathCount",
                "imageCount",
                "linkCount",
                "wordCount",
                "readingMinutes",
                "extractorVersion")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("summary").asText()).isEqualTo("标题 正文 [Math]。");
        assertThat(first.get("categorySource").asText()).isEqualTo("AUTHOR");
        assertThat(first.get("summarySource").asText()).isEqualTo("TEXT");
        assertThat(JSON.readTree(lines.get(1)).get("codeBlocks").get(0).has("language"))
                .isTrue();
    }

    @Test
    void anUnreadableFileIsReportedWithExitCodeTwoAndTheOthersStillProcessed() throws IOException {
        Path good = Files.writeString(folder.resolve("good.md"), "好的");

        FeedpipeTestSupport.Run run = FeedpipeTestSupport.run(
                "extract",
                folder.resolve("missing.md").toString(),
                good.toString(),
                folder.resolve("notes.docx").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.md: no such file").contains("notes.docx: unknown format");
        assertThat(run.out().lines().toList()).hasSize(1);
        assertThat(JSON.readTree(run.out()).get("text").asText()).isEqualTo("好的");
    }

    @Test
    void invalidUtf8IsReadWithReplacementCharacters() throws IOException {
        Path broken = folder.resolve("broken.md");
        Files.write(broken, new byte[] {(byte) 0xE4, (byte) 0xB8, 'a', 'b', (byte) 0xFF, 'c'});

        FeedpipeTestSupport.Run run = FeedpipeTestSupport.run("extract", broken.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("text").asText()).isEqualTo("\uFFFDab\uFFFDc");
    }

    @Test
    void everySampleArticleGivesAnEntryWithItsExpectedCategory() throws IOException {
        Path samples = FeedpipeTestSupport.projectRoot().resolve("samples/articles");
        List<String> files;
        try (var list = Files.list(samples)) {
            files = list.map(Path::toString).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);

        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(files);
        FeedpipeTestSupport.Run run = FeedpipeTestSupport.run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> categories = new HashMap<>();
        for (String line : run.out().lines().toList()) {
            JsonNode entry = JSON.readTree(line);
            categories.put(entry.get("id").asText(), entry.get("category").asText());
            assertThat(entry.get("summary")
                            .asText()
                            .codePointCount(0, entry.get("summary").asText().length()))
                    .isLessThanOrEqualTo(353);
        }
        assertThat(categories).containsAllEntriesOf(SampleCategories.EXPECTED);
    }
}
