package dev.feedpipe.enrich.errors;

import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.TransientFailures;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * An enriched record that cannot be serialised: when the registry is away the task is retried;
 * otherwise its source is dead-lettered and the enricher goes on (Kafka Streams' default would stop).
 */
public final class WriteFailureHandler extends DefaultProductionExceptionHandler {

    private Outage outage;
    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        outage = FailureHandling.outage(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(
            ErrorHandlerContext context,
            ProducerRecord record,
            Exception exception,
            SerializationExceptionOrigin origin) {
        if (TransientFailures.isTransient(exception)) {
            outage.failedAndWait(exception.toString());
            return Response.fail();
        }
        return Response.resume(ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(
                deadLetterTopic, context.sourceRawKey(), context.sourceRawValue(), context, exception));
    }
}
