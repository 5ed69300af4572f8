/** The Kafka clients of the pipeline and its tools, configured in one place. */
package dev.feedpipe.kafka;
