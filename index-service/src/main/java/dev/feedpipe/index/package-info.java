/** The index service: a consumer loop from {@code articles.enriched} to Elasticsearch bulk writes, external versions by revision. */
package dev.feedpipe.index;
