package dev.feedpipe.extract.internal.html;

import dev.feedpipe.extract.internal.math.TextMath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The article of a page as markup for its own page: the element {@link PageLayout} chose, without the
 * chrome inside it or the title heading, with code reduced to {@code <pre data-language><code>} and math to
 * its TeX (or MathML) in the form the Markdown renderer gives. Everything else is copied as it stands; the
 * allow-list decides later what of it may reach a page.
 */
final class ArticleMarkup implements NodeFilter {

    private static final String TEX = "annotation[encoding=application/x-tex]";
    /** Deeper elements are unwrapped into their ancestor: real articles nest far less, and the copy stays cheap to parse. */
    static final int MAX_DEPTH = 100;

    private final Predicate<Element> skipped;
    private final Function<Element, List<String>> prose;
    private final TitleHeading titleHeading;
    private final Document output = Document.createShell("");
    /** The copies being filled, each with the element it copies, innermost first. */
    private final Deque<Copy> open = new ArrayDeque<>();
    /** Inside inline code nothing is a code block (as when reading the text). */
    private int inlineCodeDepth;

    private record Copy(Node source, Element target) {}

    ArticleMarkup(Predicate<Element> skipped, Function<Element, List<String>> prose, String title) {
        this.prose = prose;
        this.skipped = skipped;
        this.titleHeading = new TitleHeading(title);
        open.push(new Copy(null, output.body()));
    }

    String html() {
        output.outputSettings().prettyPrint(false);
        return output.body().html();
    }

    private Element current() {
        return open.peek().target();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            titleHeading.text(text);
            TextMath.scan(text.getWholeText(), new TextMath.Sink() {
                @Override
                public void text(String plain) {
                    current().appendText(plain);
                }

                @Override
                public void math(String tex, boolean display) {
                    current()
                            .appendElement("span")
                            .addClass(display ? "math-display" : "math-inline")
                            .text(tex);
                }
            });
            return FilterResult.SKIP_ENTIRELY;
        }
        if (!(node instanceof Element element) || skipped.test(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (titleHeading.isTitle(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        MathKind math = MathKind.of(element);
        if (math != MathKind.NONE) {
            math(element, math);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HtmlReader.isCodeTabs(element)) {
            code(element.selectFirst("pre"));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("pre")) {
            List<String> paragraphs = prose.apply(element);
            paragraphs.forEach(paragraph -> current().appendElement("p").text(paragraph));
            if (!paragraphs.isEmpty()) {
                return FilterResult.SKIP_ENTIRELY;
            }
        }
        if (tag.equals("pre") || (tag.equals("code") && inlineCodeDepth == 0 && HtmlReader.isCodeBlock(element))) {
            code(element);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (HtmlReader.isDropped(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("code")) {
            inlineCodeDepth++;
        }
        if (open.size() > MAX_DEPTH) {
            return FilterResult.CONTINUE;
        }
        Element copy = current().appendElement(tag);
        element.attributes().forEach(attribute -> copy.attr(attribute.getKey(), attribute.getValue()));
        open.push(new Copy(element, copy));
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && element.normalName().equals("code")) {
            inlineCodeDepth--;
        }
        if (open.peek().source() == node) {
            open.pop();
        }
        return FilterResult.CONTINUE;
    }

    /** TeX where the page kept it (KaTeX's annotation, MathJax's script), else its MathML, else nothing. */
    private void math(Element element, MathKind kind) {
        String kindClass = kind == MathKind.DISPLAY ? "math-display" : "math-inline";
        String tag = kind == MathKind.DISPLAY ? "div" : "span";
        Element annotation = element.selectFirst(TEX);
        if (annotation != null) {
            current()
                    .appendElement(tag)
                    .addClass(kindClass)
                    .text(annotation.wholeText().strip());
        } else if (element.normalName().equals("script")) {
            current().appendElement(tag).addClass(kindClass).text(element.data().strip());
        } else {
            Element mathml = element.normalName().equals("math") ? element : element.selectFirst("math");
            if (mathml != null) {
                current().appendChild(mathml.clone());
            }
            // a rendering without its source (MathJax 2 beside its script) is drawn from the script
        }
    }

    private void code(Element block) {
        String language = HtmlReader.codeLanguage(block);
        Element pre = current().appendElement("pre");
        Element code = pre.appendElement("code");
        if (language != null) {
            pre.attr("data-language", language);
            code.addClass("language-" + language);
        }
        code.text(block.wholeText());
    }
}
