/** {@code feedpipe reindex}: a new index version built from {@code articles.enriched}, then the aliases moved. */
package dev.feedpipe.cli.reindex;
