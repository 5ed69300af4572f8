package dev.feedpipe.enrich.errors;

import dev.feedpipe.enrich.topology.RejectedArticleException;
import dev.feedpipe.retry.Outage;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/** Only what the enricher rejects is dead-lettered; any other processing failure is retried. */
public final class ProcessingFailureHandler extends LogAndContinueProcessingExceptionHandler {

    private Outage outage;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        outage = FailureHandling.outage(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (exception instanceof RejectedArticleException) {
            return super.handleError(context, record, exception);
        }
        outage.failedAndWait(exception.toString());
        return Response.fail();
    }
}
