/** The articles index: its document derived from the enriched record, mappings and aliases, and Chinese word segmentation shared by indexer and feed. */
package dev.feedpipe.search;
