package dev.feedpipe.extract.internal.math;

import dev.feedpipe.extract.internal.text.ContentCollector;

/**
 * Finds TeX math in plain text (HTML text nodes, where MathJax or KaTeX would find it) with the same
 * delimiters and rules as the Markdown parser, and feeds text and placeholders to a collector.
 */
public final class TextMath {

    private TextMath() {}

    /** What a scan finds, in order: plain text between formulas, and each formula's TeX. */
    public interface Sink {
        void text(String text);

        void math(String tex, boolean display);
    }

    public static void collect(String text, ContentCollector collector) {
        scan(text, new Sink() {
            @Override
            public void text(String plain) {
                collector.text(plain);
            }

            @Override
            public void math(String tex, boolean display) {
                if (display) {
                    collector.inlineFormula();
                } else {
                    collector.inlineMath();
                }
            }
        });
    }

    public static void scan(String text, Sink sink) {
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            boolean display = false;
            int delimiter = 2;
            if (c == '$') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                    end = closeDouble(text, i + 2);
                    display = true;
                } else if (i == 0 || text.charAt(i - 1) != '\\') {
                    end = closeSingle(text, i + 1);
                    delimiter = 1;
                }
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '[')) {
                display = text.charAt(i + 1) == '[';
                end = closeBackslash(text, i + 2, display ? ']' : ')');
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (i > plainStart) {
                sink.text(text.substring(plainStart, i));
            }
            sink.math(text.substring(i + delimiter, end - delimiter), display);
            i = end;
            plainStart = end;
        }
        sink.text(text.substring(plainStart));
    }

    /** Index after the closing {@code $}, or -1. */
    private static int closeSingle(String text, int contentStart) {
        if (!MathRules.canOpenDollar(at(text, contentStart))) {
            return -1;
        }
        int limit = Math.min(text.length(), contentStart + MathRules.MAX_MATH_LENGTH);
        for (int i = contentStart + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                if (MathRules.canCloseDollar(text.charAt(i - 1), at(text, i + 1))) {
                    return i + 1;
                }
                if (MathRules.abandonsCandidate(text.charAt(i - 1))) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int closeDouble(String text, int contentStart) {
        int limit = Math.min(text.length() - 1, contentStart + MathRules.MAX_MATH_LENGTH);
        for (int i = contentStart; i < limit; i++) {
            if (text.charAt(i) == '$' && text.charAt(i + 1) == '$') {
                return text.substring(contentStart, i).isBlank() ? -1 : i + 2;
            }
        }
        return -1;
    }

    private static int closeBackslash(String text, int contentStart, char closer) {
        int limit = Math.min(text.length() - 1, contentStart + MathRules.MAX_MATH_LENGTH);
        for (int i = contentStart; i < limit; i++) {
            if (text.charAt(i) == '\\') {
                if (text.charAt(i + 1) == closer) {
                    return text.substring(contentStart, i).isBlank() ? -1 : i + 2;
                }
                i++;
            }
        }
        return -1;
    }

    private static int at(String text, int index) {
        return index < text.length() ? text.codePointAt(index) : -1;
    }
}
