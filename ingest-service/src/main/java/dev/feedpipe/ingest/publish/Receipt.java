package dev.feedpipe.ingest.publish;

/** Where Kafka stored a record, once it acknowledged it. */
public record Receipt(String topic, int partition, long offset) {}
