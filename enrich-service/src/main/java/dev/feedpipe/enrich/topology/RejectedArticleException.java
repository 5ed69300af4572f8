package dev.feedpipe.enrich.topology;

/**
 * A raw record the enricher will not turn into an entry. Kafka Streams' processing exception
 * handler sends its source record to the dead-letter topic with this message as the reason.
 */
public final class RejectedArticleException extends RuntimeException {

    public RejectedArticleException(String reason) {
        super(reason);
    }

    public RejectedArticleException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
