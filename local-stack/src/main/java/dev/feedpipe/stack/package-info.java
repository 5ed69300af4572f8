/** The embedded stack: Kafka (KRaft), Apicurio Registry and Elasticsearch as local processes, from Maven Central. */
package dev.feedpipe.stack;
