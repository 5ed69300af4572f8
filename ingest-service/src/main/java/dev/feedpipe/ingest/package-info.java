/** The ingest service: HTTP posts to Avro records on {@code articles.raw}. */
package dev.feedpipe.ingest;
