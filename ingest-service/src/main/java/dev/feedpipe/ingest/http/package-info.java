/** Ingest's HTTP edge: routes, auth, limits, batches. */
package dev.feedpipe.ingest.http;
