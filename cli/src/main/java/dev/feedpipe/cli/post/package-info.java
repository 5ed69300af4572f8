/** {@code feedpipe post}: posting files to ingest with progress. */
package dev.feedpipe.cli.post;
