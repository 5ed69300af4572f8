package dev.feedpipe.schema;

import com.microsoft.kiota.ApiException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure of the infrastructure (schema registry or broker unreachable, a registry 5xx, a
 * timeout), which goes away by itself and must be retried, from a failure of the record itself
 * (undecodable bytes, a schema id the registry says does not exist), which never will.
 */
public final class TransientFailures {

    private static final int MAX_DEPTH = 16;
    /** The registry client's HTTP layer (Vert.x) reports a connection the registry dropped with this. */
    private static final String CONNECTION_CLOSED = "io.vertx.core.http.HttpClosedException";

    private TransientFailures() {}

    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof ApiException api && api.getResponseStatusCode() > 0) {
                int status = api.getResponseStatusCode();
                return status >= 500 || status == 429 || status == 408;
            }
            if (cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException
                    || cause instanceof SocketException
                    || cause instanceof InterruptedIOException
                    || cause instanceof ClosedChannelException
                    || cause instanceof TimeoutException
                    || cause instanceof RetriableException
                    || cause instanceof org.apache.kafka.common.errors.TimeoutException
                    || cause.getClass().getName().equals(CONNECTION_CLOSED)) {
                return true;
            }
        }
        return false;
    }
}
