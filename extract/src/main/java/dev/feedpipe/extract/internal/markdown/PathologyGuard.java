package dev.feedpipe.extract.internal.markdown;

/**
 * Defuses the few Markdown shapes on which commonmark-java's parser takes quadratic time, so that
 * extraction time grows linearly with the input. Real articles never have these shapes; hostile or
 * broken input does, and then a little markup is read as text instead:
 * <ul>
 *   <li>a line opening more than {@value #MAX_LINE_NESTING} containers ({@code - - - - ...},
 *       {@code > > > ...}): the markers past that depth are escaped;</li>
 *   <li>a paragraph (lines between blank lines) with more than {@value #MAX_BRACKETS_PER_PARAGRAPH}
 *       opening brackets: its brackets are escaped, so its links become text.</li>
 * </ul>
 */
final class PathologyGuard {

    static final int MAX_LINE_NESTING = 64;
    static final int MAX_BRACKETS_PER_PARAGRAPH = 1000;

    private PathologyGuard() {}

    static String defuse(String markdown) {
        if (!needsWork(markdown)) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = limitNesting(lines[i]);
        }
        escapeBracketFloods(lines);
        return String.join("\n", lines);
    }

    /** A cheap first look: most articles have neither shape and are returned untouched. */
    private static boolean needsWork(String markdown) {
        int brackets = 0;
        for (int i = 0; i < markdown.length(); i++) {
            if (markdown.charAt(i) == '[') {
                brackets++;
            }
        }
        return brackets > MAX_BRACKETS_PER_PARAGRAPH || hasDeepLine(markdown);
    }

    private static boolean hasDeepLine(String markdown) {
        int start = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (end - start > 2 * MAX_LINE_NESTING && markerPrefixEnd(markdown, start, end) >= 0) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static String limitNesting(String line) {
        int cut = markerPrefixEnd(line, 0, line.length());
        if (cut < 0) {
            return line;
        }
        return line.substring(0, cut) + "\\" + line.substring(cut);
    }

    /** Index just after the first {@value #MAX_LINE_NESTING} container markers, or -1 when there are fewer. */
    private static int markerPrefixEnd(String text, int start, int end) {
        int i = start;
        int markers = 0;
        while (i < end) {
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            int next = markerEnd(text, i, end);
            if (next < 0) {
                return -1;
            }
            markers++;
            i = next;
            if (markers == MAX_LINE_NESTING) {
                while (i < end && text.charAt(i) == ' ') {
                    i++;
                }
                return markerEnd(text, i, end) >= 0 ? i : -1;
            }
        }
        return -1;
    }

    private static int markerEnd(String text, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
            return i + 2;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > i
                && digits + 1 < end
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && text.charAt(digits + 1) == ' ') {
            return digits + 2;
        }
        return -1;
    }

    private static void escapeBracketFloods(String[] lines) {
        int paragraphStart = 0;
        int brackets = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean paragraphEnds = i == lines.length || lines[i].isBlank();
            if (paragraphEnds) {
                if (brackets > MAX_BRACKETS_PER_PARAGRAPH) {
                    for (int j = paragraphStart; j < i; j++) {
                        lines[j] = lines[j].replace("[", "\\[");
                    }
                }
                paragraphStart = i + 1;
                brackets = 0;
            } else {
                brackets += count(lines[i], '[');
            }
        }
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
