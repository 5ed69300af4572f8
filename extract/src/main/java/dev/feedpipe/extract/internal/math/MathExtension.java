package dev.feedpipe.extract.internal.math;

import org.commonmark.parser.Parser;

/** TeX math for commonmark-java: inline and display, in dollar and backslash forms. */
public final class MathExtension implements Parser.ParserExtension {

    private MathExtension() {}

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DisplayMathBlockParser.Factory());
        builder.customInlineContentParserFactory(new MathInlineParser.Factory());
    }
}
