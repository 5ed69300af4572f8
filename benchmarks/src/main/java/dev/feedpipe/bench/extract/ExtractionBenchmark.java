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
import java.util.regex.Matcher;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
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
 *
 * <p>Pages: corpus pages of six site structures grown to the size of real pages (100-300 KB) with what
 * makes real pages big — inline scripts and styles, a mega-menu, icons, a long comment thread — against
 * jsoup alone parsing them and taking the body's text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    static final int ARTICLES = 11;
    static final int TARGET_BYTES = 6 * 1024;

    @Param("samples/articles")
    public String samples;

    @Param("extract/src/test/resources/corpus/pages")
    public String pages;

    static final List<String> PAGE_STRUCTURES =
            List.of("news", "wordpress", "sphinx", "medium", "zh_portal", "mediawiki");
    private List<String> htmlPages;

    private List<String> articles;
    private Extractor extractor;
    private Parser commonmark;
    private TextContentRenderer textRenderer;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path folder = Path.of(System.getProperty("feedpipe.root", ".")).resolve(samples);
        List<String> markdown = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
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
        long bytes = articles.stream()
                .mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        System.out.printf("%n%d articles, %.1f KB on average%n", articles.size(), bytes / 1024.0 / articles.size());
        htmlPages = new ArrayList<>();
        Path pageFolder = Path.of(System.getProperty("feedpipe.root", ".")).resolve(pages);
        try (var files = Files.list(pageFolder)) {
            List<Path> all = files.sorted().toList();
            for (String structure : PAGE_STRUCTURES) {
                Path page = all.stream()
                        .filter(f -> f.getFileName().toString().contains("-" + structure + "-"))
                        .findFirst()
                        .orElseThrow();
                htmlPages.add(realSized(Files.readString(page, StandardCharsets.UTF_8), htmlPages.size()));
            }
        }
        long pageBytes = htmlPages.stream()
                .mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        System.out.printf("%d pages, %.1f KB on average%n", htmlPages.size(), pageBytes / 1024.0 / htmlPages.size());
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

    /** A page grown by the bulk real pages carry around their article; {@code seed} varies the sizes. */
    static String realSized(String page, int seed) {
        StringBuilder head = new StringBuilder("<style>");
        for (int i = 0; i < 400 + 100 * seed; i++) {
            head.append(".c")
                    .append(i)
                    .append("{margin:0 ")
                    .append(i % 7)
                    .append("px;color:#")
                    .append(100 + i % 900)
                    .append(";display:flex;align-items:center}\n");
        }
        head.append("</style><script>window.__STATE__={\"items\":[");
        for (int i = 0; i < 900 + 150 * seed; i++) {
            head.append("{\"id\":")
                    .append(i)
                    .append(",\"title\":\"Item number ")
                    .append(i)
                    .append("\",\"url\":\"/item/")
                    .append(i)
                    .append("\"},");
        }
        head.append("{}]};</script>");
        StringBuilder chrome = new StringBuilder("<nav class=\"mega-menu\"><ul>");
        for (int i = 0; i < 300; i++) {
            chrome.append("<li><a href=\"/section/")
                    .append(i)
                    .append("\"><svg viewBox=\"0 0 24 24\" width=\"16\">")
                    .append("<path d=\"M12 2L2 7l10 5 10-5-10-5z\"/></svg>Section ")
                    .append(i)
                    .append("</a></li>");
        }
        chrome.append("</ul></nav>");
        StringBuilder comments = new StringBuilder("<section id=\"comments\" class=\"comments\"><ol>");
        for (int i = 0; i < 60; i++) {
            comments.append("<li class=\"comment\"><div class=\"comment-author\">reader")
                    .append(i)
                    .append("</div><p>Thanks for the write-up, point ")
                    .append(i)
                    .append(" matches what we saw when we tried the same thing on our own systems last year.</p></li>");
        }
        comments.append("</ol></section>");
        return page.replaceFirst("</head>", Matcher.quoteReplacement(head + "</head>"))
                .replaceFirst("<body>", Matcher.quoteReplacement("<body>" + chrome))
                .replaceFirst("</body>", Matcher.quoteReplacement(comments + "</body>"));
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public void extractPage(Blackhole blackhole) {
        for (String page : htmlPages) {
            blackhole.consume(extractor.extract(ArticleInput.of(page, Format.HTML)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public void baselineJsoupToText(Blackhole blackhole) {
        for (String page : htmlPages) {
            blackhole.consume(Jsoup.parse(page).body().text());
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
