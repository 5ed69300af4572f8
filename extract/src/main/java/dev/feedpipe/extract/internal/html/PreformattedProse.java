package dev.feedpipe.extract.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A {@code <pre>} that holds a text document rather than code (an RFC, a plain-text page): no
 * {@code <code>}, no language, few of the symbols code is made of, and lines of running words. Read as
 * paragraphs (the blocks between blank lines, their hard-wrapped lines joined), without the columned
 * header and the short lines that open and close such documents (headers, a title, "Abstract", addresses).
 */
final class PreformattedProse {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S\\s{5,}\\S");
    private static final String CODE_SYMBOLS = "{}[];=<>()$#*/\\|&^~`";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;。！？：；]$");
    private static final int PROSE_LINE_WORDS = 8;
    private static final int MIN_PROSE_LINES = 3;
    private static final double MAX_SYMBOL_SHARE = 0.02;

    private PreformattedProse() {}

    /** The paragraphs of a prose {@code <pre>}, or an empty list when it holds code. */
    static List<String> paragraphs(Element pre) {
        if (pre.selectFirst("code") != null || HtmlReader.codeLanguage(pre) != null) {
            return List.of();
        }
        String text = pre.wholeText();
        long symbols = 0;
        long visible = 0;
        int proseLines = 0;
        for (String line : text.split("\n")) {
            if (words(line) >= PROSE_LINE_WORDS && !COLUMN_GAP.matcher(line).find()) {
                proseLines++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (CODE_SYMBOLS.indexOf(c) >= 0) {
                    symbols++;
                }
            }
        }
        if (proseLines < MIN_PROSE_LINES || visible == 0 || (double) symbols / visible > MAX_SYMBOL_SHARE) {
            return List.of();
        }
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINES.split(text)) {
            blocks.add(block);
        }
        int first = 0;
        while (first < blocks.size() && !isProse(blocks.get(first))) {
            first++;
        }
        int last = blocks.size() - 1;
        while (last >= first && !isProse(blocks.get(last))) {
            last--;
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String joined = blocks.get(i).strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return paragraphs;
    }

    /**
     * A block of running text: a line of many words that is not laid out in columns, in a block of
     * several lines or one that ends a sentence (a one-line title does not).
     */
    private static boolean isProse(String block) {
        String[] lines = block.strip().split("\n");
        boolean sentence = SENTENCE_END.matcher(block.strip()).find();
        for (String line : lines) {
            if (words(line) >= PROSE_LINE_WORDS
                    && !COLUMN_GAP.matcher(line.strip()).find()
                    && (lines.length > 1 || sentence)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
