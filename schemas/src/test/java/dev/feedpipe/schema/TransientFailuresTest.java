package dev.feedpipe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.ApiExceptionBuilder;
import io.vertx.core.http.HttpClosedException;
import java.io.EOFException;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import org.apache.avro.AvroRuntimeException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void anUnreachableRegistryDeepInTheCauseChainIsTransient() {
        // the shape Apicurio's deserializer throws when the registry is down
        Throwable failure = new RuntimeException(
                new RuntimeException(new ExecutionException(new ConnectException("Connection refused"))));
        assertThat(TransientFailures.isTransient(failure)).isTrue();
    }

    @Test
    void aConnectionTheRegistryClosedMidRequestIsTransient() {
        // seen in a fault test: the registry stopped while a schema lookup was in flight
        Throwable failure =
                new RuntimeException(new ExecutionException(new HttpClosedException("Connection was closed")));
        assertThat(TransientFailures.isTransient(failure)).isTrue();
    }

    @Test
    void registryAnswersAreJudgedByStatus() {
        assertThat(TransientFailures.isTransient(new RuntimeException(status(503))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(status(429))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(status(404))))
                .as("a schema id the registry does not know never will be")
                .isFalse();
    }

    @Test
    void retriableBrokerErrorsAreTransient() {
        assertThat(TransientFailures.isTransient(new NotLeaderOrFollowerException("moved")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new TimeoutException("slow"))).isTrue();
    }

    @Test
    void undecodableBytesAreNot() {
        assertThat(TransientFailures.isTransient(new SerializationException("bad magic byte")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new AvroRuntimeException(new EOFException())))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("x")))
                .isFalse();
    }

    private static ApiException status(int code) {
        return new ApiExceptionBuilder()
                .withMessage("HTTP " + code)
                .withResponseStatusCode(code)
                .build();
    }
}
