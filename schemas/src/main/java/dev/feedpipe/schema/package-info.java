/** The pipeline's wire contract: the Avro records (the one list of an article's fields), topics, serdes through the registry, record and dead-letter headers. */
package dev.feedpipe.schema;
