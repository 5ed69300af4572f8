package dev.feedpipe.extract.internal.markdown;

import dev.feedpipe.extract.internal.math.DisplayMath;
import dev.feedpipe.extract.internal.math.InlineDisplayMath;
import dev.feedpipe.extract.internal.math.InlineMath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a parsed article as HTML for its page, reading fences and math as {@link MarkdownReader} does:
 * code as {@code <pre data-language><code class="language-…">}, TeX as its source inside
 * {@code span.math-inline} or {@code .math-display} (the page typesets it), MyST directives as code, as
 * math, as nothing or as an aside of prose. Raw HTML is passed on for the allow-list to judge.
 */
public final class MarkdownHtml {

    private final HtmlRenderer renderer;

    /** @param parse how a directive's body is parsed: the reader's own dialect rules */
    public MarkdownHtml(Function<String, Node> parse) {
        this.renderer = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                // what the allow-list enforces on raw HTML, given here to the renderer's own links and images
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link) {
                        attributes.put("rel", "nofollow noopener ugc");
                    } else if (node instanceof Image) {
                        attributes.put("loading", "lazy");
                        attributes.put("referrerpolicy", "no-referrer");
                    }
                })
                .nodeRendererFactory(context -> new ArticleNodes(context, parse))
                .build();
    }

    /**
     * The article as HTML.
     *
     * @param html the markup: safe by construction when {@code rawHtml} is false (text escaped, URLs only
     *     http, https, mailto or relative, no attribute but ours), to be allow-listed when it is true
     * @param rawHtml whether the author wrote HTML into the Markdown, which passes through as written
     */
    public record Rendered(String html, boolean rawHtml) {}

    /**
     * The document as HTML, or empty when it nests deeper than {@value #MAX_DEPTH} levels: the renderer
     * recurses, and no real article nests like that (hostile input does, and is then shown as its text).
     */
    public Optional<Rendered> render(Node document) {
        boolean rawHtml = false;
        Deque<Node> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pending.push(document);
        depths.push(0);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                return Optional.empty();
            }
            rawHtml |= node instanceof HtmlBlock || node instanceof HtmlInline;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.of(new Rendered(renderer.render(document), rawHtml));
    }

    static final int MAX_DEPTH = 100;

    private static final class ArticleNodes implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Function<String, Node> parse;

        ArticleNodes(HtmlNodeRendererContext context, Function<String, Node> parse) {
            this.context = context;
            this.html = context.getWriter();
            this.parse = parse;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(
                    InlineMath.class,
                    InlineDisplayMath.class,
                    DisplayMath.class,
                    FencedCodeBlock.class,
                    IndentedCodeBlock.class,
                    YamlFrontMatterBlock.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case InlineMath math -> tex("span", "math-inline", math.literal());
                case InlineDisplayMath math -> tex("span", "math-display", math.literal());
                case DisplayMath math when math.closed() -> block(() -> tex("div", "math-display", math.literal()));
                case DisplayMath math ->
                    block(() -> {
                        html.tag("p");
                        html.text(math.literal());
                        html.tag("/p");
                    });
                case FencedCodeBlock fenced -> fence(fenced);
                case IndentedCodeBlock indented -> code(null, indented.getLiteral());
                default -> {
                    // front matter is the article's metadata, not its text
                }
            }
        }

        private void fence(FencedCodeBlock fenced) {
            FenceInfo info = FenceInfo.of(fenced.getInfo());
            if (info.isMath()) {
                block(() -> tex("div", "math-display", fenced.getLiteral().strip()));
            } else if (info.isCodeDirective() || !info.isDirective()) {
                code(info.codeLanguage(), fenced.getLiteral());
            } else if (!info.isSilentDirective()) {
                block(() -> {
                    html.tag("aside");
                    html.tag("p");
                    html.tag("strong");
                    html.text(info.argument().isEmpty() ? capitalized(info.directive()) : info.argument());
                    html.tag("/strong");
                    html.tag("/p");
                    Node body = parse.apply(MarkdownReader.directiveBody(fenced.getLiteral()));
                    for (Node child = body.getFirstChild(); child != null; ) {
                        Node next = child.getNext();
                        context.render(child);
                        child = next;
                    }
                    html.tag("/aside");
                });
            }
        }

        private void code(String language, String literal) {
            block(() -> {
                Map<String, String> pre = new LinkedHashMap<>();
                Map<String, String> code = new LinkedHashMap<>();
                if (language != null) {
                    pre.put("data-language", language);
                    code.put("class", "language-" + language);
                }
                html.tag("pre", pre);
                html.tag("code", code);
                html.text(literal);
                html.tag("/code");
                html.tag("/pre");
            });
        }

        private void tex(String tag, String kind, String literal) {
            html.tag(tag, Map.of("class", kind));
            html.text(literal);
            html.tag("/" + tag);
        }

        private void block(Runnable content) {
            html.line();
            content.run();
            html.line();
        }

        private static String capitalized(String name) {
            return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }
}
