/** The enrich service: a Kafka Streams application from {@code articles.raw} to {@code articles.enriched}. */
package dev.feedpipe.enrich;
