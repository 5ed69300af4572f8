package dev.feedpipe.ingest.article;

import dev.feedpipe.problem.FieldError;
import dev.feedpipe.problem.Problem;
import java.util.List;

/** A submission that cannot be accepted; it names every offending field. */
public final class InvalidArticleException extends RuntimeException {

    private final List<FieldError> errors;
    private final int status;

    public InvalidArticleException(int status, List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid"));
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static InvalidArticleException of(String field, String message) {
        return new InvalidArticleException(400, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** What the client is told: every offending field, as a problem. */
    public Problem problem() {
        return status == 413
                ? Problem.withErrors(413, "too-large", "Request too large", errors)
                : Problem.withErrors(status, "invalid-article", "Invalid article", errors);
    }

    /** 400 for invalid fields, 413 for an oversized body. */
    public int status() {
        return status;
    }
}
