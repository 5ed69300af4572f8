/** Publishing raw articles to Kafka and what an outage looks like to a poster. */
package dev.feedpipe.ingest.publish;
