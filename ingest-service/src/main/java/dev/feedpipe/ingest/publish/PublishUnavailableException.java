package dev.feedpipe.ingest.publish;

/** Kafka (or the schema registry) could not take the record in time; the caller may retry later. */
public final class PublishUnavailableException extends RuntimeException {

    public PublishUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
