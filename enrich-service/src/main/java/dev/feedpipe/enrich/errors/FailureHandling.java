package dev.feedpipe.enrich.errors;

import dev.feedpipe.retry.Outage;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the enricher tells passing failures from bad records. A record that can never succeed (bytes
 * that do not decode, a schema id the registry does not know, content the extractor rejects) goes to
 * the dead-letter topic with the reason. Anything else (registry or broker unreachable, a state
 * store error) fails the stream task after a backoff wait: the open transaction is aborted, nothing is
 * committed past the record, and the replaced thread reads it again.
 */
public final class FailureHandling {

    /** The key under which the handlers find the service's {@link Outage} among the Streams properties. */
    static final String OUTAGE = "feedpipe.outage";

    private FailureHandling() {}

    public static void configure(Properties properties, Outage outage) {
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, ReadFailureHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class);
        properties.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, WriteFailureHandler.class);
        properties.put(OUTAGE, outage);
    }

    static Outage outage(Map<String, ?> configs) {
        Object outage = configs.get(OUTAGE);
        if (!(outage instanceof Outage found)) {
            throw new IllegalStateException("the failure handlers need an Outage under '" + OUTAGE + "'");
        }
        return found;
    }
}
