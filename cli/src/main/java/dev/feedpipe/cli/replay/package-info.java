/** {@code feedpipe replay}: re-enriching every raw article, e.g. after an extractor change. */
package dev.feedpipe.cli.replay;
