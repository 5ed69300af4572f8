/** Reading a post (JSON, Markdown, HTML) into a submission, every field error at once; its id and revision. */
package dev.feedpipe.ingest.article;
