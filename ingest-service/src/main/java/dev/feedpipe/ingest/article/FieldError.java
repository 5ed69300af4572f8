package dev.feedpipe.ingest.article;

/** What is wrong with one field of a submitted article. */
public record FieldError(String field, String message) {
}
