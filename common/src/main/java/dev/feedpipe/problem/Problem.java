package dev.feedpipe.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://feedpipe.dev/problems/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A problem with several offending fields; the detail lists them. */
    public static Problem withErrors(int status, String slug, String title, List<FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new Problem(BASE + slug, title, status, detail, errors);
    }

    public static Problem invalidParameter(String parameter, String message) {
        return new Problem(
                BASE + "invalid-parameter",
                "Invalid parameter",
                400,
                parameter + " " + message,
                List.of(new FieldError(parameter, message)));
    }

    public static Problem of(int status, String slug, String title, String detail, String field) {
        return new Problem(
                BASE + slug, title, status, detail, field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    /** The body to send as {@link #MEDIA_TYPE}. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem of strings and numbers always serialises", e);
        }
    }
}
