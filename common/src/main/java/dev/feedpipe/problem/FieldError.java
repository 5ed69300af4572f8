package dev.feedpipe.problem;

/** What is wrong with one field or parameter of a request. */
public record FieldError(String field, String message) {}
