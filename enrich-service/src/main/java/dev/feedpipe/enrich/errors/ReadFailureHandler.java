package dev.feedpipe.enrich.errors;

import dev.feedpipe.retry.Outage;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.TransientFailures;
import dev.feedpipe.schema.UnreadableRecords;
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
    public Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (TransientFailures.isTransient(exception)) {
            outage.failedAndWait(exception.toString());
            return Response.fail();
        }
        // the dead letter's reason is the exception's message: say what is wrong with the bytes
        String reason = UnreadableRecords.reason(record.value(), RawArticle.getClassSchema(), exception);
        return super.handleError(context, record, new UnreadableRecordException(reason, exception));
    }

    /** A raw record that can never be read, with why in words. */
    static final class UnreadableRecordException extends Exception {
        UnreadableRecordException(String reason, Exception cause) {
            super(reason, cause);
        }
    }
}
