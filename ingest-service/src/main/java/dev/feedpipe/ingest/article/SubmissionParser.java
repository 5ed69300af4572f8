package dev.feedpipe.ingest.article;

import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.article.DeclaredField;
import dev.feedpipe.extract.ArticleDates;
import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Declarations;
import dev.feedpipe.extract.Declared;
import dev.feedpipe.extract.Format;
import dev.feedpipe.extract.Metadata;
import dev.feedpipe.extract.UnsafeCharacters;
import dev.feedpipe.problem.FieldError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the three accepted forms of an article (JSON, Markdown with front matter, HTML with metadata
 * in query parameters or headers) into a {@link Submission}, collecting every field error at once.
 */
public final class SubmissionParser {

    public static final int MAX_TITLE_LENGTH = 1000;
    public static final int MAX_TAGS = 50;

    private final int maxBodyBytes;
    private final Declarations declarations;

    /** @param declarations reads what an article declares (front matter, page head, title), as enrich will */
    public SubmissionParser(int maxBodyBytes, Declarations declarations) {
        this.maxBodyBytes = maxBodyBytes;
        this.declarations = declarations;
    }

    public Submission fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw InvalidArticleException.of("$", "an article must be a JSON object");
        }
        Errors errors = new Errors();
        String body = text(node, "body", errors);
        Format format = format(text(node, "format", errors), errors);
        Submission submission = new Submission(
                text(node, "id", errors),
                revision(node.get("revision"), errors),
                text(node, "title", errors),
                body,
                format,
                text(node, "author", errors),
                text(node, "category", errors),
                tags(node.get("tags"), errors),
                text(node, "sourceUrl", errors),
                date(text(node, "publishedAt", errors), "publishedAt", errors));
        return validate(submission, errors);
    }

    /**
     * Markdown with optional front matter; {@code metadata} (query parameters or headers) wins over it.
     */
    public Submission fromMarkdown(String body, Map<String, String> metadata) {
        return fromDocument(body, Format.MARKDOWN, metadata);
    }

    /** HTML with metadata in {@code metadata} (query parameters or headers), else in its own head. */
    public Submission fromHtml(String body, Map<String, String> metadata) {
        return fromDocument(body, Format.HTML, metadata);
    }

    /**
     * A document whose own metadata (front matter, head) the given metadata overrides field by field, by
     * the rules of {@link DeclaredField}: given and declared tags are merged.
     */
    private Submission fromDocument(String body, Format format, Map<String, String> given) {
        Errors errors = new Errors();
        checkSize(body);
        Declared declared = declarations.of(new ArticleInput(null, given.get("title"), body, format, null, List.of()));
        Metadata own = declared.metadata();
        Set<String> tags = new LinkedHashSet<>();
        if (given.get("tags") != null) {
            tags.addAll(splitTags(given.get("tags")));
        }
        declared.tags().stream()
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .forEach(tags::add);
        Submission submission = new Submission(
                DeclaredField.ID.given(given.get("id"), own::first).orElse(null),
                revision(
                        DeclaredField.REVISION
                                .given(given.get("revision"), own::first)
                                .orElse(null),
                        errors),
                declared.title().orElse(null),
                body,
                format,
                DeclaredField.AUTHOR.given(given.get("author"), own::first).orElse(null),
                DeclaredField.CATEGORY.given(given.get("category"), own::first).orElse(null),
                List.copyOf(tags),
                DeclaredField.SOURCE_URL
                        .given(given.get("sourceUrl"), own::first)
                        .orElse(null),
                date(
                        DeclaredField.DATE
                                .given(given.get("publishedAt"), own::first)
                                .orElse(null),
                        "publishedAt",
                        errors));
        return validate(submission, errors);
    }

    private Submission validate(Submission submission, Errors errors) {
        if (submission.title() == null || submission.title().isBlank()) {
            errors.add("title", "is required");
        } else if (submission.title().length() > MAX_TITLE_LENGTH) {
            errors.add("title", "is longer than " + MAX_TITLE_LENGTH + " characters");
        }
        if (submission.body() == null || submission.body().isBlank()) {
            errors.add("body", "is required");
        } else {
            checkSize(submission.body());
        }
        if (submission.id() != null && !ArticleIds.isValid(submission.id())) {
            errors.add("id", ArticleIds.broken(submission.id()));
        }
        unsafe("title", submission.title(), errors);
        unsafe("author", submission.author(), errors);
        unsafe("category", submission.category(), errors);
        unsafe("sourceUrl", submission.sourceUrl(), errors);
        submission.tags().forEach(tag -> unsafe("tags", tag, errors));
        UnsafeCharacters.inBody(submission.body()).ifPresent(problem -> errors.add("body", problem));
        if (submission.sourceUrl() != null && !isHttpUrl(submission.sourceUrl())) {
            errors.add("sourceUrl", "must be an absolute http or https URL");
        }
        if (submission.tags().size() > MAX_TAGS) {
            errors.add("tags", "has more than " + MAX_TAGS + " entries");
        }
        errors.throwIfAny();
        return submission;
    }

    private static void unsafe(String field, String value, Errors errors) {
        UnsafeCharacters.inField(value).ifPresent(problem -> errors.add(field, problem));
    }

    private void checkSize(String body) {
        if (body != null
                && body.length() > maxBodyBytes / 4
                && body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new InvalidArticleException(
                    413, List.of(new FieldError("body", "is larger than the limit of " + maxBodyBytes + " bytes")));
        }
    }

    private static String text(JsonNode node, String field, Errors errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(field, "must be a string");
            return null;
        }
        return value.asText();
    }

    private static Long revision(JsonNode value, Errors errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            errors.add("revision", "must be a whole number of at least 0");
            return null;
        }
        return value.asLong();
    }

    /** A revision given as a request parameter (a delete's {@code ?revision=}); null when absent. */
    public Long revisionParameter(String value) {
        Errors errors = new Errors();
        Long revision = revision(value, errors);
        errors.throwIfAny();
        return revision;
    }

    private static Long revision(String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long revision = Long.parseLong(value.strip());
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("revision", "must be a whole number of at least 0");
        return null;
    }

    private static Format format(String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return Format.MARKDOWN;
        }
        try {
            return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("format", "must be one of MARKDOWN, HTML, TEXT");
            return Format.MARKDOWN;
        }
    }

    private static List<String> tags(JsonNode value, Errors errors) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return splitTags(value.asText());
        }
        if (!value.isArray()) {
            errors.add("tags", "must be an array of strings");
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : value) {
            if (!tag.isTextual()) {
                errors.add("tags", "must be an array of strings");
                return List.of();
            }
            if (!tag.asText().isBlank()) {
                tags.add(tag.asText().strip());
            }
        }
        return tags;
    }

    private static List<String> splitTags(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
    }

    /** An ISO-8601 instant, offset date-time, or date (taken as midnight UTC). */
    static Instant date(String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<Instant> date = ArticleDates.parse(value);
        if (date.isEmpty()) {
            errors.add(
                    field,
                    "must be an ISO-8601 date (2026-01-11) or date-time (2026-01-11T08:00:00Z), " + ArticleDates.RANGE);
        }
        return date.orElse(null);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value.strip());
            return uri.isAbsolute()
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Field errors gathered while reading one article. */
    static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InvalidArticleException(400, list);
            }
        }
    }
}
