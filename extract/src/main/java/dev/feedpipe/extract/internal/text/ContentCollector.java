package dev.feedpipe.extract.internal.text;

import dev.feedpipe.article.Placeholders;
import dev.feedpipe.extract.SafeHtml;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects an article's clean text, with placeholders for code and formulas, and counts what it
 * saw. The readers of each format walk their document and call it; it owns the whitespace rules:
 * blocks are joined by one space, runs of whitespace become one space, a line break between two CJK
 * characters disappears, and text is folded with Unicode NFKC (full-width ASCII to half-width).
 * Placeholders are appended as they are, never folded.
 */
public final class ContentCollector {

    private enum Gap {
        NONE,
        LINE_BREAK,
        SPACE,
        BLOCK
    }

    private static final int MAX_TITLE_CODE_POINTS = 200;

    private final Placeholders placeholders;
    private final StringBuilder out = new StringBuilder();
    private Gap gap = Gap.NONE;
    private boolean lastWasPlaceholder;

    private final List<String> codeLanguages = new ArrayList<>();
    private int formulas;
    private int inlineMath;
    private int images;
    private String firstImage;
    private int links;

    private int headingStart = -1;
    private String firstHeading;
    private String firstLine;

    public ContentCollector(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    public void text(CharSequence raw) {
        if (raw.isEmpty()) {
            return;
        }
        String folded = Normalizer.isNormalized(raw, Normalizer.Form.NFKC)
                ? raw.toString()
                : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            appendCodePoint(codePoint);
        }
    }

    public void space() {
        widenGap(Gap.SPACE);
    }

    public void blockBreak() {
        widenGap(Gap.BLOCK);
    }

    public void codeBlock(String language) {
        codeLanguages.add(language == null || language.isBlank() ? null : language.strip());
        blockBreak();
        placeholder(placeholders.code());
        blockBreak();
    }

    public void formula() {
        formulas++;
        blockBreak();
        placeholder(placeholders.formula());
        blockBreak();
    }

    /** A display formula written inside a paragraph ({@code $$...$$} in running text). */
    public void inlineFormula() {
        formulas++;
        placeholder(placeholders.formula());
    }

    public void inlineMath() {
        inlineMath++;
        placeholder(placeholders.inlineMath());
    }

    /** An image; {@code source} is its address as written, or null (the first web address leads). */
    public void image(String source) {
        images++;
        if (firstImage == null && SafeHtml.isWebAddress(source)) {
            firstImage = source.strip();
        }
    }

    public void link() {
        links++;
    }

    public void beginHeading() {
        blockBreak();
        headingStart = out.length();
    }

    public void endHeading() {
        if (firstHeading == null && headingStart >= 0 && out.length() > headingStart) {
            String heading = out.substring(headingStart).strip();
            if (!heading.isEmpty()) {
                firstHeading = heading;
            }
        }
        headingStart = -1;
        blockBreak();
    }

    /** Whether a heading with text has been read: the first one is final. */
    public boolean hasFirstHeading() {
        return firstHeading != null;
    }

    public Content finish() {
        String text = out.toString();
        String line = firstLine != null ? firstLine : text;
        return new Content(
                text,
                shorten(firstHeading),
                shorten(line.isBlank() ? null : line.strip()),
                Collections.unmodifiableList(new ArrayList<>(codeLanguages)),
                formulas,
                inlineMath,
                images,
                links,
                firstImage);
    }

    private void placeholder(String placeholder) {
        flushGap(false);
        out.append(placeholder);
        lastWasPlaceholder = true;
    }

    private void appendCodePoint(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r') {
            widenGap(Gap.LINE_BREAK);
            return;
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            widenGap(Gap.SPACE);
            return;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE) {
            return;
        }
        int safe = type == Character.SURROGATE ? 0xFFFD : codePoint;
        flushGap(Scripts.isCjk(safe));
        out.appendCodePoint(safe);
        lastWasPlaceholder = false;
    }

    private void flushGap(boolean nextIsCjk) {
        if (!out.isEmpty()) {
            boolean previousIsCjk = !lastWasPlaceholder && Scripts.isCjk(out.codePointBefore(out.length()));
            boolean dropLineBreak = gap == Gap.LINE_BREAK && previousIsCjk && nextIsCjk;
            if (gap != Gap.NONE && !dropLineBreak) {
                out.append(' ');
            }
        }
        gap = Gap.NONE;
    }

    private void widenGap(Gap wider) {
        if (firstLine == null && wider != Gap.SPACE && !out.isEmpty()) {
            firstLine = out.toString();
        }
        if (wider.ordinal() > gap.ordinal()) {
            gap = wider;
        }
    }

    private static String shorten(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX_TITLE_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TITLE_CODE_POINTS))
                .strip();
    }
}
