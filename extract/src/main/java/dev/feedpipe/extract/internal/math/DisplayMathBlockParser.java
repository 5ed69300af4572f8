package dev.feedpipe.extract.internal.math;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Display math blocks starting with a line that begins with {@code $$} or {@code \[}. LaTeX allows no
 * blank line inside display math, so a blank line ends an unclosed block: a forgotten {@code $$}
 * costs one paragraph, not the rest of the article.
 */
public final class DisplayMathBlockParser extends AbstractBlockParser {

    private final String closer;
    private final StringBuilder literal = new StringBuilder();
    private final StringBuilder written = new StringBuilder();
    private boolean closed;
    private final DisplayMath block = new DisplayMath();

    private DisplayMathBlockParser(String closer, String firstLineContent, String firstLineWritten) {
        this.closer = closer;
        this.literal.append(firstLineContent);
        this.written.append(firstLineWritten);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public void closeBlock() {
        block.complete(closed ? literal.toString().strip() : written.toString(), closed);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.finished();
        }
        if (state.isBlank()) {
            return BlockContinue.finished();
        }
        CharSequence line = state.getLine().getContent();
        String text =
                line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString();
        written.append('\n').append(text);
        int end = text.indexOf(closer);
        if (end >= 0 && text.substring(end + closer.length()).isBlank()) {
            literal.append('\n').append(text, 0, end);
            closed = true;
            return BlockContinue.atIndex(line.length());
        }
        literal.append('\n').append(text);
        return BlockContinue.atIndex(line.length());
    }

    @Override
    public void addLine(SourceLine line) {
        // content is collected in tryContinue, where the closing delimiter is recognised
    }

    /** Starts a block at a line beginning with {@code $$} or {@code \[}, unless it closes on that line mid-text. */
    public static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            String text = line.subSequence(state.getNextNonSpaceIndex(), line.length())
                    .toString();
            String closer;
            if (text.startsWith("$$")) {
                closer = "$$";
            } else if (text.startsWith("\\[")) {
                closer = "\\]";
            } else {
                return BlockStart.none();
            }
            String rest = text.substring(2);
            int end = rest.indexOf(closer);
            DisplayMathBlockParser parser;
            if (end >= 0) {
                if (!rest.substring(end + closer.length()).isBlank()
                        || rest.substring(0, end).isBlank()) {
                    return BlockStart.none();
                }
                parser = new DisplayMathBlockParser(closer, rest.substring(0, end), text);
                parser.closed = true;
            } else {
                parser = new DisplayMathBlockParser(closer, rest, text);
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
