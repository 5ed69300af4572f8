package dev.feedpipe.extract;

import java.util.Locale;
import java.util.Optional;

/** How an article body is written. */
public enum Format {
    MARKDOWN,
    HTML,
    TEXT;

    /** The format a file name implies: .md/.markdown, .html/.htm, .txt. */
    public static Optional<Format> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
