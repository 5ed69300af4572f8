package dev.feedpipe.extract.internal.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a fence's info string says: a language ({@code python}, pandoc's {@code {.python .input}}), TeX
 * ({@code math}, {@code latex}), or a MyST directive ({@code {note} Title}). The text reader and the
 * renderer read fences by these same rules.
 */
record FenceInfo(String language, String directive, String argument) {

    /** A MyST directive's info string: {@code {name}}, the name an identifier (not {@code {.class}} attributes). */
    private static final Pattern DIRECTIVE = Pattern.compile("\\{[A-Za-z][\\w:-]*}");

    private static final Set<String> MATH_LANGUAGES = Set.of("math", "latex", "tex", "katex");
    static final Set<String> CODE_DIRECTIVES =
            Set.of("code-cell", "code-block", "code", "sourcecode", "literalinclude");
    /** Navigation and output-only material: not prose. */
    static final Set<String> SILENT_DIRECTIVES =
            Set.of("toctree", "contents", "tableofcontents", "bibliography", "raw");

    static FenceInfo of(String info) {
        String stripped = info == null ? "" : info.strip();
        if (DIRECTIVE.matcher(stripped).lookingAt()) {
            int close = stripped.indexOf('}');
            return new FenceInfo(
                    null,
                    stripped.substring(1, close).strip().toLowerCase(Locale.ROOT),
                    stripped.substring(close + 1).strip());
        }
        if (stripped.isEmpty()) {
            return new FenceInfo(null, null, "");
        }
        // pandoc attributes name the language as a class: {.python .input}
        String first = stripped.replaceFirst("^\\{\\s*\\.?", "").split("[\\s{},]", 2)[0];
        return new FenceInfo(first.isEmpty() ? null : first.toLowerCase(Locale.ROOT), null, "");
    }

    boolean isDirective() {
        return directive != null;
    }

    /** TeX in a fence: a {@code math} language or a {@code {math}} directive. */
    boolean isMath() {
        return isDirective() ? directive.equals("math") : language != null && MATH_LANGUAGES.contains(language);
    }

    /** The language of code: the fence's own, or a code directive's first argument. */
    String codeLanguage() {
        if (!isDirective()) {
            return language;
        }
        return argument.isEmpty() ? null : argument.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    boolean isCodeDirective() {
        return isDirective() && CODE_DIRECTIVES.contains(directive);
    }

    boolean isSilentDirective() {
        return isDirective() && SILENT_DIRECTIVES.contains(directive);
    }
}
