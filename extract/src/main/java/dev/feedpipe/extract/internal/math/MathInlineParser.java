package dev.feedpipe.extract.internal.math;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code $...$}, {@code $$...$$}, {@code \(...\)} and {@code \[...\]} inside paragraphs. It
 * runs before commonmark's own backslash handling, and passes on {@code \$} and every other escape.
 */
public final class MathInlineParser implements InlineContentParser {

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        if (scanner.peek() == '\\') {
            return parseBackslash(scanner);
        }
        return parseDollar(scanner);
    }

    private static ParsedInline parseDollar(Scanner scanner) {
        int before = scanner.peekPreviousCodePoint();
        if (before == '$') {
            return ParsedInline.none();
        }
        scanner.next();
        if (scanner.next('$')) {
            return closeDouble(scanner);
        }
        Position contentStart = scanner.position();
        if (!MathRules.canOpenDollar(codePointOrEnd(scanner))) {
            return ParsedInline.none();
        }
        int scanned = 0;
        while (scanner.hasNext() && scanned < MathRules.MAX_MATH_LENGTH) {
            int previous = scanner.peekPreviousCodePoint();
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                scanner.next();
                scanned += 2;
                continue;
            }
            if (c == '$') {
                Position contentEnd = scanner.position();
                scanner.next();
                if (MathRules.canCloseDollar(previous, codePointOrEnd(scanner))) {
                    return found(new InlineMath(source(scanner, contentStart, contentEnd)), scanner);
                }
                if (MathRules.abandonsCandidate(previous)) {
                    return ParsedInline.none();
                }
                continue;
            }
            scanner.next();
            scanned++;
        }
        return ParsedInline.none();
    }

    private static ParsedInline closeDouble(Scanner scanner) {
        Position contentStart = scanner.position();
        int scanned = 0;
        while (scanner.hasNext() && scanned < MathRules.MAX_MATH_LENGTH) {
            if (scanner.peek() == '$') {
                Position contentEnd = scanner.position();
                scanner.next();
                if (scanner.next('$')) {
                    String literal = source(scanner, contentStart, contentEnd);
                    return literal.isBlank() ? ParsedInline.none() : found(new InlineDisplayMath(literal), scanner);
                }
                continue;
            }
            scanner.next();
            scanned++;
        }
        return ParsedInline.none();
    }

    private static ParsedInline parseBackslash(Scanner scanner) {
        scanner.next();
        char opener = scanner.peek();
        if (opener != '(' && opener != '[') {
            return ParsedInline.none();
        }
        scanner.next();
        char closer = opener == '(' ? ')' : ']';
        Position contentStart = scanner.position();
        int scanned = 0;
        while (scanner.hasNext() && scanned < MathRules.MAX_MATH_LENGTH) {
            if (scanner.peek() == '\\') {
                Position contentEnd = scanner.position();
                scanner.next();
                if (scanner.next(closer)) {
                    String literal = source(scanner, contentStart, contentEnd);
                    if (literal.isBlank() || !MathRules.looksLikeTex(literal)) {
                        return ParsedInline.none(); // escaped brackets around prose: commonmark reads them as text
                    }
                    Node node = opener == '(' ? new InlineMath(literal) : new InlineDisplayMath(literal);
                    return found(node, scanner);
                }
                scanner.next();
                scanned += 2;
                continue;
            }
            scanner.next();
            scanned++;
        }
        return ParsedInline.none();
    }

    private static ParsedInline found(Node node, Scanner scanner) {
        return ParsedInline.of(node, scanner.position());
    }

    private static String source(Scanner scanner, Position start, Position end) {
        return scanner.getSource(start, end).getContent();
    }

    private static int codePointOrEnd(Scanner scanner) {
        return scanner.hasNext() ? scanner.peekCodePoint() : -1;
    }

    /** Registers the parser for {@code $} and {@code \}. */
    public static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$', '\\');
        }

        @Override
        public InlineContentParser create() {
            return new MathInlineParser();
        }
    }
}
