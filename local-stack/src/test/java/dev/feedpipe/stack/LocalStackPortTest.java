package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackPortTest {

    @TempDir
    Path home;

    @Test
    void aTakenPortIsRefusedWithTheVariableThatMovesIt() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();
            Map<String, String> environment = new HashMap<>();
            for (String other : List.of(
                    "KAFKA_CONTROLLER_PORT",
                    "REGISTRY_PORT",
                    "REGISTRY_MANAGEMENT_PORT",
                    "ELASTICSEARCH_PORT",
                    "ELASTICSEARCH_TRANSPORT_PORT")) {
                environment.put("FEEDPIPE_" + other, Integer.toString(freePort()));
            }
            environment.put("FEEDPIPE_STACK_HOME", home.toString());
            environment.put("FEEDPIPE_KAFKA_PORT", Integer.toString(port));
            StackConfig config = StackConfig.load(Path.of("."), environment);
            LocalStack stack = new LocalStack(config, new PrintStream(new ByteArrayOutputStream()));

            assertThatThrownBy(stack::up)
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("FEEDPIPE_KAFKA_PORT");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
