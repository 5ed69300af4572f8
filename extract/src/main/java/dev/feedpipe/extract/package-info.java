/** Extraction, plain Java: an article (Markdown, HTML, text) in, a {@link dev.feedpipe.extract.FeedEntry} out (title, summary with placeholders, category, counts, rendered HTML). Everything under {@code internal} may change without notice. */
package dev.feedpipe.extract;
