package dev.feedpipe.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://feedpipe.dev/problems/";

    public static Problem invalid(int status, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return status == 413
                ? new Problem(BASE + "too-large", "Request too large", 413, detail, errors)
                : new Problem(BASE + "invalid-article", "Invalid article", status, detail, errors);
    }

    public static Problem invalidParameter(String parameter, String message) {
        return new Problem(BASE + "invalid-parameter", "Invalid parameter", 400, parameter + " " + message,
                List.of(new FieldError(parameter, message)));
    }

    public static Problem of(int status, String slug, String title, String detail, String field) {
        return new Problem(BASE + slug, title, status, detail,
                field == null ? List.of() : List.of(new FieldError(field, detail)));
    }
}
