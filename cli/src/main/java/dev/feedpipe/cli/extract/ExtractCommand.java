package dev.feedpipe.cli.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedpipe.article.Placeholders;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.Format;
import dev.feedpipe.extract.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code feedpipe extract FILE...}: one JSON feed entry per file, one per line. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract feed entries (title, summary, category, counts...) from Markdown or HTML files, "
                + "printed as one JSON object per line. Exit code 2 when a file could not be read.")
public final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = ".md, .markdown, .html, .htm or .txt files; - reads stdin")
    List<String> files;

    @Option(
            names = "--format",
            description = "Format of stdin and of files without a known extension: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--summary-length", descriptionKey = "extract.summary.length")
    int summaryLength;

    @Option(names = "--code-placeholder", descriptionKey = "extract.placeholder.code")
    String codePlaceholder;

    @Option(names = "--formula-placeholder", descriptionKey = "extract.placeholder.formula")
    String formulaPlaceholder;

    @Option(names = "--math-placeholder", descriptionKey = "extract.placeholder.math")
    String mathPlaceholder;

    @Option(names = "--taxonomy", paramLabel = "FILE", descriptionKey = "extract.taxonomy.file")
    Path taxonomyFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Taxonomy taxonomy = taxonomyFile == null ? Taxonomy.defaults() : Taxonomy.load(taxonomyFile);
        Extractor extractor = new Extractor(new ExtractorSettings(
                new Placeholders(codePlaceholder, formulaPlaceholder, mathPlaceholder), summaryLength, taxonomy));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        for (String file : files) {
            try {
                Format fileFormat = formatOf(file);
                FeedEntry entry = extractor.extract(ArticleInput.of(read(file), fileFormat));
                out.println(JSON.writeValueAsString(toJson(file, entry)));
                out.flush();
            } catch (IOException | IllegalArgumentException e) {
                err.println("feedpipe extract: " + file + ": " + describe(e));
                err.flush();
                status = 2;
            }
        }
        return status;
    }

    private Format formatOf(String file) {
        if (file.equals("-")) {
            return format == null ? Format.MARKDOWN : format;
        }
        return Format.ofFileName(file)
                .or(() -> Optional.ofNullable(format))
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown format: name it .md, .html or .txt, or pass --format"));
    }

    private static String read(String file) throws IOException {
        if (file.equals("-")) {
            return decode(System.in.readAllBytes());
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return decode(in.readAllBytes());
        }
    }

    /** UTF-8 with invalid bytes replaced by U+FFFD: a broken byte never loses the rest of the file. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static ObjectNode toJson(String file, FeedEntry entry) {
        ObjectNode json = JSON.createObjectNode();
        json.put("file", file);
        json.put("id", entry.id());
        json.put("title", entry.title());
        json.put("summary", entry.summary());
        json.put("summarySource", entry.summarySource().name());
        json.put("text", entry.text());
        json.put("category", entry.category());
        json.put("categorySource", entry.categorySource().name());
        json.set("tags", JSON.valueToTree(entry.tags()));
        json.set("keywords", JSON.valueToTree(entry.keywords()));
        json.put("language", entry.language());
        ArrayNode codeBlocks = json.putArray("codeBlocks");
        entry.codeBlocks().forEach(language -> codeBlocks.addObject().put("language", language));
        json.put("formulaCount", entry.formulaCount());
        json.put("inlineMathCount", entry.inlineMathCount());
        json.put("imageCount", entry.imageCount());
        json.put("linkCount", entry.linkCount());
        json.put("wordCount", entry.wordCount());
        json.put("readingMinutes", entry.readingMinutes());
        json.put("date", entry.date());
        json.put("author", entry.author());
        json.put("extractorVersion", entry.extractorVersion());
        return json;
    }
}
