package dev.feedpipe.extract.internal.markdown;

import dev.feedpipe.extract.Metadata;
import dev.feedpipe.extract.internal.html.HtmlReader;
import dev.feedpipe.extract.internal.math.DisplayMath;
import dev.feedpipe.extract.internal.math.InlineDisplayMath;
import dev.feedpipe.extract.internal.math.InlineMath;
import dev.feedpipe.extract.internal.math.MathExtension;
import dev.feedpipe.extract.internal.text.BareUrls;
import dev.feedpipe.extract.internal.text.ContentCollector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (CommonMark, GFM tables, YAML front matter, TeX math) into a {@link ContentCollector}.
 * The tree is walked without recursion, so deeply nested lists or quotes cannot overflow the stack.
 */
public final class MarkdownReader {

    private static final Pattern INLINE_LIST = Pattern.compile("^\\[(.*)]$");
    private static final Pattern IMG_SOURCE =
            Pattern.compile("\\ssrc\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);

    private final Parser parser = parserBuilder().build();
    /** Source positions cost time on every parse; they are only needed to repair an unclosed fence. */
    private final Parser parserWithSpans =
            parserBuilder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final HtmlReader htmlReader;

    public MarkdownReader(HtmlReader htmlReader) {
        this.htmlReader = htmlReader;
    }

    /** The front matter and the parsed document. */
    public record Parsed(Metadata frontMatter, Node document) {}

    public Parsed parse(String source) {
        String markdown = PathologyGuard.defuse(Dialects.normalize(source));
        Node document = parser.parse(markdown);
        if (hasUnclosedFence(document)) {
            Integer unclosedFenceLine = firstUnclosedFenceLine(parserWithSpans.parse(markdown));
            if (unclosedFenceLine != null) {
                document = parser.parse(closeFenceAtBlankLine(markdown, unclosedFenceLine));
            }
        }
        return new Parsed(frontMatter(document), document);
    }

    private static Parser.Builder parserBuilder() {
        return Parser.builder()
                .extensions(
                        List.of(YamlFrontMatterExtension.create(), TablesExtension.create(), MathExtension.create()));
    }

    /** Fenced code blocks are children of the document or of containers; none may be left open. */
    private static boolean hasUnclosedFence(Node document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FencedCodeBlock fenced && fenced.getClosingFenceLength() == null) {
                return true;
            }
            if (node instanceof Block) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    pending.push(child);
                }
            }
        }
        return false;
    }

    public void read(Node document, ContentCollector collector) {
        read(document, collector, () -> false);
    }

    /** Reads until {@code enough} holds after a node is left, or to the end. */
    public void read(Node document, ContentCollector collector, BooleanSupplier enough) {
        Deque<Step> stack = new ArrayDeque<>();
        stack.push(new Step(document, false));
        Map<Node, Long> itemNumbers = new IdentityHashMap<>();
        int linkDepth = 0;
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            Node node = step.node();
            if (step.leaving()) {
                linkDepth -= leave(node, collector);
                if (enough.getAsBoolean()) {
                    return;
                }
                continue;
            }
            if (node instanceof OrderedList list) {
                numberItems(list, itemNumbers);
            }
            if (enter(node, collector, linkDepth > 0, itemNumbers)) {
                if (node instanceof Link) {
                    linkDepth++;
                }
                stack.push(new Step(node, true));
                List<Node> children = new ArrayList<>();
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    children.add(child);
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Step(children.get(i), false));
                }
            }
        }
    }

    private record Step(Node node, boolean leaving) {}

    /** Handles a node on the way in; returns whether its children are to be walked. */
    private boolean enter(Node node, ContentCollector collector, boolean insideLink, Map<Node, Long> itemNumbers) {
        switch (node) {
            case Text text -> {
                if (!insideLink) {
                    BareUrls.count(text.getLiteral(), collector);
                }
                collector.text(text.getLiteral());
                return false;
            }
            case Code code -> {
                collector.text(code.getLiteral());
                return false;
            }
            case SoftLineBreak ignored -> {
                collector.text("\n");
                return false;
            }
            case HardLineBreak ignored -> {
                collector.text("\n");
                return false;
            }
            case InlineMath ignored -> {
                collector.inlineMath();
                return false;
            }
            case InlineDisplayMath ignored -> {
                collector.inlineFormula();
                return false;
            }
            case DisplayMath math -> {
                if (math.closed()) {
                    collector.formula();
                } else {
                    collector.blockBreak();
                    collector.text(math.literal());
                    collector.blockBreak();
                }
                return false;
            }
            case FencedCodeBlock fenced -> {
                FenceInfo info = FenceInfo.of(fenced.getInfo());
                if (info.isMath()) {
                    collector.formula();
                } else if (info.isCodeDirective() || !info.isDirective()) {
                    collector.codeBlock(info.codeLanguage());
                } else if (!info.isSilentDirective()) {
                    collector.blockBreak();
                    read(parse(directiveBody(fenced.getLiteral())).document(), collector);
                    collector.blockBreak();
                }
                return false;
            }
            case IndentedCodeBlock ignored -> {
                collector.codeBlock(null);
                return false;
            }
            case HtmlBlock html -> {
                collector.blockBreak();
                htmlReader.readFragment(html.getLiteral(), collector);
                collector.blockBreak();
                return false;
            }
            case HtmlInline html -> {
                countInlineTag(html.getLiteral(), collector);
                return false;
            }
            case Image image -> {
                collector.image(image.getDestination());
                return false;
            }
            case Link ignored -> {
                collector.link();
                return true;
            }
            case Heading ignored -> {
                collector.beginHeading();
                return true;
            }
            case ListItem item -> {
                collector.blockBreak();
                Long number = itemNumbers.get(item);
                if (number != null) {
                    collector.text(number + ". ");
                }
                return true;
            }
            case Paragraph ignored -> {
                collector.blockBreak();
                return true;
            }
            case BlockQuote ignored -> {
                collector.blockBreak();
                return true;
            }
            case TableRow ignored -> {
                collector.blockBreak();
                return true;
            }
            case TableCell ignored -> {
                collector.space();
                return true;
            }
            case ThematicBreak ignored -> {
                collector.blockBreak();
                return false;
            }
            case LinkReferenceDefinition ignored -> {
                return false;
            }
            default -> {
                return !isFrontMatter(node);
            }
        }
    }

    /** Handles a node on the way out; returns 1 when a link ends. */
    private static int leave(Node node, ContentCollector collector) {
        if (node instanceof Heading) {
            collector.endHeading();
        } else if (node instanceof Paragraph || node instanceof ListItem || node instanceof BlockQuote) {
            collector.blockBreak();
        } else if (node instanceof Link) {
            return 1;
        }
        return 0;
    }

    private static boolean isFrontMatter(Node node) {
        return node.getClass().getPackageName().equals("org.commonmark.ext.front.matter");
    }

    /** Numbers the items as a browser renders them: from the list's start, one up per item. */
    private static void numberItems(OrderedList list, Map<Node, Long> itemNumbers) {
        Integer start = list.getMarkerStartNumber();
        long number = start == null ? 1 : start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            itemNumbers.put(item, number++);
        }
    }

    /**
     * A MyST prose directive's body (note, warning, admonition, figure, ...) as Markdown: its leading
     * {@code :key: value} lines are the directive's options, not prose.
     */
    static String directiveBody(String literal) {
        return literal.replaceFirst("^(\\s*:[\\w-]+:[^\\n]*\\n)+", "");
    }

    private static void countInlineTag(String tag, ContentCollector collector) {
        String lower = tag.length() > 8 ? tag.substring(0, 8).toLowerCase(Locale.ROOT) : tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<img")) {
            Matcher source = IMG_SOURCE.matcher(tag);
            collector.image(source.find() ? source.group(1) : null);
        } else if (lower.startsWith("<a ")) {
            collector.link();
        }
    }

    private static Metadata frontMatter(Node document) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        Node first = document.getFirstChild();
        if (first == null || !isFrontMatter(first)) {
            return Metadata.EMPTY;
        }
        first.accept(visitor);
        Map<String, List<String>> values = new LinkedHashMap<>();
        visitor.getData().forEach((key, list) -> values.put(key.toLowerCase(Locale.ROOT), splitInlineLists(list)));
        return new Metadata(values);
    }

    private static List<String> splitInlineLists(List<String> values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            var matcher = INLINE_LIST.matcher(value.strip());
            if (matcher.matches()) {
                for (String item : matcher.group(1).split(",")) {
                    String cleaned = unquote(item.strip());
                    if (!cleaned.isEmpty()) {
                        result.add(cleaned);
                    }
                }
            } else {
                result.add(unquote(value.strip()));
            }
        }
        return result;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The 0-based source line of the first fenced code block that never closes, or null. */
    private static Integer firstUnclosedFenceLine(Node document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FencedCodeBlock fenced
                    && fenced.getClosingFenceLength() == null
                    && !fenced.getSourceSpans().isEmpty()) {
                return fenced.getSourceSpans().get(0).getLineIndex();
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        return null;
    }

    /**
     * A fence that never closes would make the whole rest of the article code. Authors who forget the
     * closing fence almost always meant one block, so the block closes at its first blank line.
     */
    private static String closeFenceAtBlankLine(String markdown, int fenceLine) {
        String[] lines = markdown.split("\n", -1);
        String opening = lines[fenceLine].strip();
        if (opening.isEmpty() || (opening.charAt(0) != '`' && opening.charAt(0) != '~')) {
            return markdown;
        }
        char fenceChar = opening.charAt(0);
        int length = 0;
        while (length < opening.length() && opening.charAt(length) == fenceChar) {
            length++;
        }
        String closing = String.valueOf(fenceChar).repeat(Math.max(3, length));
        StringBuilder fixed = new StringBuilder(markdown.length() + closing.length() + 2);
        boolean inserted = false;
        for (int i = 0; i < lines.length; i++) {
            if (!inserted && i > fenceLine && lines[i].isBlank()) {
                fixed.append(closing).append('\n');
                inserted = true;
            }
            fixed.append(lines[i]);
            if (i < lines.length - 1) {
                fixed.append('\n');
            }
        }
        if (!inserted) {
            fixed.append('\n').append(closing);
        }
        return fixed.toString();
    }
}
