package dev.feedpipe.extract;

/** Where an entry's summary comes from. */
public enum SummarySource {
    /** The start of the article's text, cut by the summary rule. */
    TEXT,
    /** The author's own excerpt: front matter excerpt/summary/description, or the text before {@code <!-- more -->}. */
    AUTHOR
}
