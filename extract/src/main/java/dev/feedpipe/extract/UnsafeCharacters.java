package dev.feedpipe.extract;

import java.util.Optional;

/**
 * The one rule for characters an article's strings may hold, so that every output (Atom and its XML,
 * JSON, pages, Elasticsearch) can carry any stored string.
 *
 * <ul>
 *   <li>What XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE,
 *       U+FFFF) and unpaired surrogates (no UTF-8 encoding exists for them) never reach Elasticsearch or a reader.
 *       Ingest refuses them in metadata fields and unpaired surrogates in a body ({@link #inField},
 *       {@link #inBody}); in records produced straight to Kafka extraction cleans the fields
 *       ({@link #cleanField}: a control becomes a space, U+FFFE and U+FFFF are dropped, an unpaired
 *       surrogate becomes U+FFFD, as any UTF-8 decoder would make of it), and the text rules of the
 *       content collector already drop controls from the text. Writers of XML pass every stored string
 *       through {@link #xmlSafe}.</li>
 *   <li>Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) make a
 *       title read as something else ("report", U+202E, "fdp.exe" shows as "reportexe.pdf"); they are
 *       refused in metadata fields and dropped from them by extraction. The marks U+200E and U+200F
 *       stay in fields; the text and summary lose every control and format character anyway (the text
 *       rules of the content collector).</li>
 * </ul>
 */
public final class UnsafeCharacters {

    private static final char REPLACEMENT = '\uFFFD';

    private UnsafeCharacters() {}

    /** Why a metadata field (title, author, category, tag, id, URL) cannot be stored as it is, if it cannot. */
    public static Optional<String> inField(String value) {
        return firstProblem(value, true);
    }

    /** Why a body cannot be stored as it is, if it cannot (controls are cleaned by extraction instead). */
    public static Optional<String> inBody(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !pairedAt(value, i)) {
                return Optional.of(describe(value, i));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return Optional.empty();
    }

    /** A metadata field as extraction stores it: see the class comment. */
    public static String cleanField(String value) {
        return clean(value, true);
    }

    /** The string with what XML 1.0 cannot carry replaced: for writers of XML (Atom), whatever is stored. */
    public static String xmlSafe(String value) {
        return clean(value, false);
    }

    private static Optional<String> firstProblem(String value, boolean field) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && pairedAt(value, i)) {
                i++;
            } else if (Character.isSurrogate(c) || forbiddenInXml(c) || (field && bidiControl(c))) {
                return Optional.of(describe(value, i));
            }
        }
        return Optional.empty();
    }

    private static String clean(String value, boolean field) {
        if (value == null || isClean(value, field)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && pairedAt(value, i)) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else if (c < 0x20 && forbiddenInXml(c)) {
                out.append(' ');
            } else if (!forbiddenInXml(c) && !(field && bidiControl(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String value, boolean field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (forbiddenInXml(c)) {
                    return false;
                }
            } else if (c >= 0x202A) {
                if (Character.isHighSurrogate(c) && pairedAt(value, i)) {
                    i++;
                } else if (Character.isSurrogate(c) || c >= 0xFFFE || (field && bidiControl(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean pairedAt(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }

    /** XML 1.0's Char production, for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean forbiddenInXml(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF;
    }

    private static boolean bidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String describe(String value, int index) {
        char c = value.charAt(index);
        String kind = Character.isSurrogate(c)
                ? "an unpaired surrogate (not encodable as UTF-8)"
                : bidiControl(c)
                        ? "a bidirectional control that makes text read as something else"
                        : "a control character XML 1.0 forbids";
        return String.format("holds U+%04X at character %d, %s", (int) c, index + 1, kind);
    }
}
