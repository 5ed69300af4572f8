package dev.feedpipe.extract.internal.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Whether an element is rendered math, and of which kind, by the markup of MathJax, KaTeX and MathML. */
enum MathKind {
    NONE,
    INLINE,
    DISPLAY;

    static MathKind of(Element element) {
        String tag = element.normalName();
        switch (tag) {
            case "script" -> {
                String type = element.attr("type").toLowerCase(Locale.ROOT);
                if (!type.startsWith("math/tex")) {
                    return NONE;
                }
                return type.contains("mode=display") ? DISPLAY : INLINE;
            }
            case "math" -> {
                return "block".equalsIgnoreCase(element.attr("display")) ? DISPLAY : INLINE;
            }
            case "mjx-container" -> {
                return "true".equalsIgnoreCase(element.attr("display")) ? DISPLAY : INLINE;
            }
            default -> {
                return ofClasses(element);
            }
        }
    }

    private static MathKind ofClasses(Element element) {
        if (!element.hasAttr("class")) {
            return NONE;
        }
        if (element.hasClass("katex-display")
                || element.hasClass("MathJax_Display")
                || element.hasClass("MathJax_SVG_Display")
                || element.hasClass("math-display")
                || (element.hasClass("math") && element.hasClass("display"))) {
            return DISPLAY;
        }
        if (element.hasClass("katex")
                || element.hasClass("MathJax")
                || element.hasClass("MathJax_SVG")
                || element.hasClass("MathJax_CHTML")
                || element.hasClass("math-inline")
                || (element.hasClass("math") && element.hasClass("inline"))) {
            return INLINE;
        }
        return NONE;
    }
}
