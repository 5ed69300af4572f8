package dev.feedpipe.enrich.errors;

import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.TransientFailures;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** A raw record that cannot be read: dead-lettered when it never will be, retried when the registry is away. */
public final class ReadFailureHandler extends LogAndContinueExceptionHandler {

    private Outage outage;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        outage = FailureHandling.outage(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (TransientFailures.isTransient(exception)) {
            outage.failedAndWait(exception.toString());
            return Response.fail();
        }
        return super.handleError(context, record, exception);
    }
}
