package dev.feedpipe.extract.internal.text;

import java.util.List;

/**
 * An article reduced to clean text and counts.
 *
 * @param text the clean text with placeholders
 * @param firstHeading the first heading's text, or null
 * @param firstLine the text up to the first line or block break, or null when there is no text
 * @param codeLanguages the language of each code block, null where none was given
 * @param firstImage the address of the first image as written, or null
 */
public record Content(
        String text,
        String firstHeading,
        String firstLine,
        List<String> codeLanguages,
        int formulaCount,
        int inlineMathCount,
        int imageCount,
        int linkCount,
        String firstImage) {}
