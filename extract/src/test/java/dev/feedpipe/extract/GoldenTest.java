package dev.feedpipe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.article.Placeholders;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each input document in {@code golden/} sits beside {@code NAME.expected.json}, which
 * holds the fields that its rule is about. Every field named there must match exactly.
 */
class GoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Extractor EXTRACTOR = new Extractor(ExtractorSettings.defaults());

    @TestFactory
    Stream<DynamicTest> everyGoldenDocumentGivesItsExpectedFields() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenTest.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            var inputs = files.filter(f -> !f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            assertThat(inputs).hasSizeGreaterThanOrEqualTo(30);
            return inputs.stream()
                    .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
        }
    }

    /** Ingest guesses a Markdown article's title from less of it (it stops at the first heading); enrich must agree. */
    @TestFactory
    Stream<DynamicTest> theDeclaredTitleOfEveryMarkdownDocumentIsTheTitleEnrichFinds()
            throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenTest.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            var inputs = files.filter(
                            f -> Format.ofFileName(f.getFileName().toString()).orElse(null) == Format.MARKDOWN)
                    .sorted()
                    .toList();
            assertThat(inputs).hasSizeGreaterThanOrEqualTo(15);
            return inputs.stream()
                    .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
                        ArticleInput article =
                                ArticleInput.of(Files.readString(input, StandardCharsets.UTF_8), Format.MARKDOWN);
                        String title = EXTRACTOR.extract(article).title();
                        assertThat(new Declarations(Placeholders.DEFAULT)
                                        .of(article)
                                        .title()
                                        .orElse("(untitled)"))
                                .isEqualTo(title);
                    }));
        }
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        JsonNode expected =
                JSON.readTree(input.resolveSibling(stem + ".expected.json").toFile());
        Format format = Format.ofFileName(name).orElseThrow();
        FeedEntry entry = EXTRACTOR.extract(ArticleInput.of(Files.readString(input, StandardCharsets.UTF_8), format));
        JsonNode actual = JSON.valueToTree(asJson(entry));
        for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            assertThat(actual.get(field.getKey()))
                    .as("%s: %s", name, field.getKey())
                    .isEqualTo(field.getValue());
        }
    }

    static Map<String, Object> asJson(FeedEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>(JSON.convertValue(entry, Map.class));
        json.put(
                "codeBlocks",
                entry.codeBlocks().stream()
                        .map(language -> Collections.singletonMap("language", language))
                        .toList());
        json.put("categorySource", entry.categorySource().name());
        json.put("summarySource", entry.summarySource().name());
        return json;
    }
}
