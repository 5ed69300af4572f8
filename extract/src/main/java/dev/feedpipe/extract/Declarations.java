package dev.feedpipe.extract;

import dev.feedpipe.article.DeclaredField;
import dev.feedpipe.article.Placeholders;
import dev.feedpipe.extract.internal.html.HtmlReader;
import dev.feedpipe.extract.internal.markdown.MarkdownReader;
import dev.feedpipe.extract.internal.text.Content;
import dev.feedpipe.extract.internal.text.ContentCollector;
import java.util.Optional;

/**
 * What an article says about itself, read without extracting it (no classification, summary or
 * rendering): what ingest needs to accept a post. The extractor reads the same keys from its own parse.
 * Thread-safe; build one and share it.
 */
public final class Declarations {

    private final Placeholders placeholders;
    private final HtmlReader htmlReader = new HtmlReader();
    private final MarkdownReader markdownReader = new MarkdownReader(htmlReader);

    /** @param placeholders what stands for math in a title, as the extractor will write it */
    public Declarations(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    /**
     * An article's front matter (Markdown) or page head (HTML), and its title: the given one, else the
     * declared one, else (Markdown, as static site generators do) its first heading or line.
     */
    public Declared of(ArticleInput input) {
        return switch (input.format()) {
            case MARKDOWN -> {
                MarkdownReader.Parsed parsed = markdownReader.parse(input.body());
                Metadata frontMatter = parsed.frontMatter();
                Optional<String> title = DeclaredField.TITLE.given(input.title(), frontMatter::first);
                if (title.isEmpty()) {
                    // the first heading wins over the first line, so the rest of the article cannot change the guess
                    ContentCollector collector = new ContentCollector(placeholders);
                    markdownReader.read(parsed.document(), collector, collector::hasFirstHeading);
                    Content content = collector.finish();
                    title = Optional.ofNullable(content.firstHeading())
                            .or(() -> Optional.ofNullable(content.firstLine()))
                            .filter(line -> !line.isBlank())
                            .map(String::strip);
                }
                yield new Declared(frontMatter, title);
            }
            case HTML -> {
                Metadata head = htmlReader.metadata(htmlReader.parse(input.body()));
                yield new Declared(head, DeclaredField.TITLE.given(input.title(), head::first));
            }
            case TEXT ->
                new Declared(Metadata.EMPTY, DeclaredField.TITLE.given(input.title(), key -> Optional.empty()));
        };
    }
}
