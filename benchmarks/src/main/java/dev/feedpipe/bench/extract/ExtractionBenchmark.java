package dev.feedpipe.bench.extract;

import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.extract.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput on the sample articles, one thread (articles/s per core). Each Markdown
 * sample is followed by the bodies of the next ones until it reaches 6 KB, the size the extraction
 * issue names. The baseline, run
 * in the same JVM, is commonmark-java alone parsing the same articles and rendering them to plain
 * text: the ratio says what our rules cost on top of the Markdown parser we build on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    static final int ARTICLES = 11;
    static final int TARGET_BYTES = 6 * 1024;

    @Param("samples/articles")
    public String samples;

    private List<String> articles;
    private Extractor extractor;
    private Parser commonmark;
    private TextContentRenderer textRenderer;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path folder = Path.of(System.getProperty("feedpipe.root", ".")).resolve(samples);
        List<String> markdown = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                markdown.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder article = new StringBuilder(markdown.get(i % markdown.size()));
            for (int next = i + 1; article.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES; next++) {
                String body = markdown.get(next % markdown.size());
                article.append("\n\n").append(body.substring(body.indexOf("\n---", 3) + 4));
            }
            articles.add(article.toString());
        }
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n%d articles, %.1f KB on average%n", articles.size(), bytes / 1024.0 / articles.size());
        extractor = new Extractor(ExtractorSettings.defaults());
        commonmark = Parser.builder().build();
        textRenderer = TextContentRenderer.builder().build();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void extract(Blackhole blackhole) {
        for (String article : articles) {
            FeedEntry entry = extractor.extract(ArticleInput.of(article, Format.MARKDOWN));
            blackhole.consume(entry);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void baselineCommonmarkToText(Blackhole blackhole) {
        for (String article : articles) {
            blackhole.consume(textRenderer.render(commonmark.parse(article)));
        }
    }
}
