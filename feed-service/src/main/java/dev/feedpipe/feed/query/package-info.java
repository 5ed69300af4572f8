/** Queries of the articles index and the entries they answer with, read back into the enriched record. */
package dev.feedpipe.feed.query;
