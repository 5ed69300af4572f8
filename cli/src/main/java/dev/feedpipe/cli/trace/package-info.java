/** {@code feedpipe trace}: where one article is in the pipeline, topic by topic and in the index. */
package dev.feedpipe.cli.trace;
