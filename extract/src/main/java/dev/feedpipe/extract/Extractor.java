package dev.feedpipe.extract;

import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.article.DeclaredField;
import dev.feedpipe.extract.internal.classify.Classifier;
import dev.feedpipe.extract.internal.html.HtmlReader;
import dev.feedpipe.extract.internal.keywords.Keywords;
import dev.feedpipe.extract.internal.keywords.TextStats;
import dev.feedpipe.extract.internal.markdown.MarkdownHtml;
import dev.feedpipe.extract.internal.markdown.MarkdownReader;
import dev.feedpipe.extract.internal.summary.SummaryCutter;
import dev.feedpipe.extract.internal.text.Content;
import dev.feedpipe.extract.internal.text.ContentCollector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Turns an article into a feed entry. A pure function of its input and settings: the same article
 * gives the same entry. Thread-safe; build one and share it.
 */
public final class Extractor {

    /** Changes whenever a rule changes what an entry looks like, so that stale entries can be found. */
    public static final String VERSION = "1.3.0";

    private final ExtractorSettings settings;
    private final HtmlReader htmlReader = new HtmlReader();
    private final MarkdownReader markdownReader = new MarkdownReader(htmlReader);
    private final MarkdownHtml markdownHtml =
            new MarkdownHtml(source -> markdownReader.parse(source).document());
    private final Classifier classifier;
    private final SummaryCutter summaryCutter;

    public Extractor(ExtractorSettings settings) {
        this.settings = settings;
        this.classifier = new Classifier(settings.taxonomy());
        this.summaryCutter = new SummaryCutter(
                settings.summaryLength(), settings.placeholders().all());
    }

    private static final Pattern MORE = Pattern.compile("<!--\\s*more\\s*-->");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    public FeedEntry extract(ArticleInput given) {
        // the body's own text needs no cleaning here: the content collector drops controls and formats
        String body = given.body();
        ContentCollector collector = new ContentCollector(settings.placeholders());
        Metadata metadata = Metadata.EMPTY;
        Optional<String> excerpt = Optional.empty();
        Optional<String> html;
        switch (given.format()) {
            case MARKDOWN -> {
                MarkdownReader.Parsed parsed = markdownReader.parse(body);
                metadata = parsed.frontMatter();
                markdownReader.read(parsed.document(), collector);
                excerpt = authorExcerpt(metadata, body);
                // without raw HTML the renderer's markup is safe as it stands; with it, the allow-list decides
                html = markdownHtml
                        .render(parsed.document())
                        .map(rendered -> rendered.rawHtml() ? SafeHtml.clean(rendered.html()) : rendered.html());
            }
            case HTML -> {
                HtmlReader.Page page = htmlReader.parse(body);
                metadata = htmlReader.metadata(page);
                htmlReader.read(page, collector);
                html = Optional.of(SafeHtml.clean(htmlReader.markup(page)));
            }
            default -> {
                collector.text(body);
                html = Optional.of(plainTextHtml(body));
            }
        }
        // the id of an article without one is its body's as posted, as ingest computed it
        Content content = collector.finish();
        return entry(given, metadata, content, excerpt, html.orElseGet(() -> plainTextHtml(content.text())));
    }

    /**
     * The author's excerpt as clean text: front matter {@code excerpt}, {@code summary} or
     * {@code description}, else the Markdown before {@code <!-- more -->}, read by the same rules as
     * the article (placeholders, NFKC).
     */
    private Optional<String> authorExcerpt(Metadata frontMatter, String body) {
        String source = DeclaredField.EXCERPT.in(frontMatter::first).orElse(null);
        if (source == null) {
            int comment = body.indexOf("<!--");
            Matcher more = comment < 0 ? null : MORE.matcher(body);
            if (more == null || !more.find(comment)) {
                return Optional.empty();
            }
            source = body.substring(0, more.start());
        }
        ContentCollector collector = new ContentCollector(settings.placeholders());
        markdownReader.read(markdownReader.parse(source).document(), collector);
        String text = collector.finish().text();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Plain text as paragraphs, one per run of lines between blank lines, escaped. */
    private static String plainTextHtml(String body) {
        Element root = new Element("div");
        for (String paragraph : PARAGRAPH_BREAK.split(body.strip())) {
            if (!paragraph.isBlank()) {
                root.appendElement("p").text(paragraph.strip());
            }
        }
        return root.html();
    }

    private FeedEntry entry(
            ArticleInput input, Metadata frontMatter, Content content, Optional<String> excerpt, String html) {
        Declared declared = new Declared(frontMatter, Optional.empty());
        String text = content.text();
        String words = withoutPlaceholders(text);
        TextStats stats = TextStats.of(words);
        String title = field(
                        input.title(),
                        declared.value(DeclaredField.TITLE).orElse(null),
                        content.firstHeading(),
                        content.firstLine())
                .orElse("(untitled)");
        Map<String, Integer> termCounts = classifier.matcher().count(words);
        Optional<String> authorCategory =
                field(input.category(), declared.value(DeclaredField.CATEGORY).orElse(null));
        String category = authorCategory.orElseGet(() -> classifier.classify(title, words, termCounts));
        return new FeedEntry(
                ArticleIds.of(
                        DeclaredField.ID.given(input.id(), frontMatter::first).orElse(null),
                        declared.value(DeclaredField.SOURCE_URL).orElse(null),
                        input.body()),
                title,
                summaryCutter.cut(excerpt.orElse(text)),
                excerpt.isPresent() ? SummarySource.AUTHOR : SummarySource.TEXT,
                text,
                html,
                category,
                authorCategory.isPresent() ? CategorySource.AUTHOR : CategorySource.CLASSIFIER,
                tags(input.tags(), declared),
                Keywords.of(words, termCounts),
                stats.language(),
                content.codeLanguages(),
                content.formulaCount(),
                content.inlineMathCount(),
                content.imageCount(),
                content.linkCount(),
                stats.wordCount(),
                stats.readingMinutes(),
                declared.value(DeclaredField.DATE).orElse(null),
                field(declared.value(DeclaredField.AUTHOR).orElse(null)).orElse(null),
                leadImage(declared, content),
                settings.placeholders(),
                VERSION);
    }

    /**
     * The image the article leads with: the one its front matter names ({@code image}, {@code cover},
     * {@code images}, {@code thumbnail}) or its page's {@code og:image}/{@code twitter:image}, else its first
     * image; only an http(s) or relative address (no {@code data:} or script URL).
     */
    private static String leadImage(Declared declared, Content content) {
        return declared.value(DeclaredField.IMAGE)
                .filter(SafeHtml::isWebAddress)
                .orElse(content.firstImage());
    }

    private String withoutPlaceholders(String text) {
        String result = text;
        for (String placeholder : settings.placeholders().all()) {
            if (result.contains(placeholder)) {
                result = result.replace(placeholder, " ");
            }
        }
        return result;
    }

    private static List<String> tags(List<String> given, Declared declared) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : given) {
            addTag(tags, tag);
        }
        declared.tags().forEach(tag -> addTag(tags, tag));
        return List.copyOf(tags);
    }

    private static void addTag(Set<String> tags, String tag) {
        field(tag).ifPresent(tags::add);
    }

    /** The first candidate that is not blank once {@link UnsafeCharacters#cleanField cleaned}, stripped. */
    private static Optional<String> field(String... candidates) {
        for (String candidate : candidates) {
            String clean = UnsafeCharacters.cleanField(candidate);
            if (clean != null && !clean.isBlank()) {
                return Optional.of(clean.strip());
            }
        }
        return Optional.empty();
    }
}
