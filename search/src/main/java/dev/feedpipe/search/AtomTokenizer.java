package dev.feedpipe.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The tokens smartcn gives text without Han characters, without its word graph. Without Han
 * characters smartcn's graph has a single path through the text's atoms: runs of Latin letters, runs of
 * digits (half- or full-width, folded to ASCII and lower-cased), and any other character alone;
 * white space is skipped and punctuation is dropped (smartcn turns it into "," and its stop set removes
 * that). Finding that path costs smartcn most of the index loop's time on English articles; this
 * tokenizer emits the same atoms directly ({@code SegmenterTest} compares the two).
 */
final class AtomTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final char[] chunk = new char[4096];
    private int position;

    /** Whether smartcn's segmentation of {@code text} has only one answer: no Han character, no surrogate. */
    static boolean unambiguous(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (position < text.length()) {
            int start = position;
            Kind kind = kind(text.charAt(position++));
            switch (kind) {
                case SPACE, DELIMITER -> {
                    continue;
                }
                case LETTER, DIGIT -> {
                    while (position < text.length() && kind(text.charAt(position)) == kind) {
                        position++;
                    }
                }
                case OTHER -> {
                    // one character alone, as smartcn treats a symbol it does not know
                }
            }
            term.setEmpty();
            for (int i = start; i < position; i++) {
                term.append(kind == Kind.OTHER ? text.charAt(i) : foldToLowerAscii(text.charAt(i)));
            }
            offsets.setOffset(correctOffset(start), correctOffset(position));
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int read = input.read(chunk); read >= 0; read = input.read(chunk)) {
            text.append(chunk, 0, read);
        }
        position = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offsets.setOffset(end, end);
    }

    private enum Kind {
        SPACE,
        LETTER,
        DIGIT,
        DELIMITER,
        OTHER
    }

    /** smartcn's character classes ({@code Utility.getCharType}), Han and surrogates excluded beforehand. */
    private static Kind kind(char c) {
        if (c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z'
                || c >= '\uFF21' && c <= '\uFF3A'
                || c >= '\uFF41' && c <= '\uFF5A') {
            return Kind.LETTER;
        }
        if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
            return Kind.DIGIT;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000') {
            return Kind.SPACE;
        }
        if (c >= '\u0021' && c <= '\u00BB'
                || c >= '\u2010' && c <= '\u2642'
                || c >= '\u3001' && c <= '\u301E'
                || c >= '\uFE30' && c <= '\uFF63') {
            return Kind.DELIMITER;
        }
        return Kind.OTHER;
    }

    /** Full-width letters and digits to ASCII, ASCII capitals to lower case, as smartcn's token filter does. */
    private static char foldToLowerAscii(char c) {
        char folded = c >= '\uFF10' ? (char) (c - 0xFEE0) : c;
        return folded >= 'A' && folded <= 'Z' ? (char) (folded + 32) : folded;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FA5';
    }
}
