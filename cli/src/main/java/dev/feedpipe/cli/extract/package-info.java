/** {@code feedpipe extract}: the extractor on files or stdin, without Kafka. */
package dev.feedpipe.cli.extract;
