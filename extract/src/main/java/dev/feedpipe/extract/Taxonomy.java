package dev.feedpipe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Categories and the terms that point to them. The text form has one category a line,
 * {@code Category: term, term, ...}; {@code #} starts a comment. The one category without terms is
 * the fallback for articles that match nothing.
 */
public record Taxonomy(Map<String, List<String>> terms, String fallback) {

    public Taxonomy {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        if (!terms.containsKey(fallback)) {
            throw new IllegalArgumentException("fallback category '" + fallback + "' is not in the taxonomy");
        }
    }

    public List<String> categories() {
        return List.copyOf(terms.keySet());
    }

    public static Taxonomy defaults() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("/dev/feedpipe/extract/default-taxonomy.txt")) {
            if (in == null) {
                throw new IllegalStateException("default taxonomy missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomy load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Taxonomy parse(String text) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        String fallback = null;
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (content.isBlank()) {
                continue;
            }
            int colon = content.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("taxonomy line " + lineNumber + ": expected 'Category: term, term'");
            }
            String category = content.substring(0, colon).strip();
            List<String> categoryTerms =
                    new ArrayList<>(Arrays.stream(content.substring(colon + 1).split(","))
                            .map(String::strip)
                            .filter(term -> !term.isEmpty())
                            .toList());
            if (categoryTerms.isEmpty()) {
                if (fallback != null) {
                    throw new IllegalArgumentException("taxonomy line " + lineNumber
                            + ": only one category may be without terms (the fallback); '" + fallback + "' already is");
                }
                fallback = category;
            }
            terms.put(category, categoryTerms);
        }
        if (fallback == null) {
            throw new IllegalArgumentException(
                    "taxonomy needs one category without terms as the fallback, e.g. 'Other:'");
        }
        return new Taxonomy(terms, fallback);
    }
}
