package dev.feedpipe.stack.junit;

import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.containers.ContainerStack;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives {@code *IT} classes the endpoints of a real local stack. A stack that is already up (as
 * {@code ./feedpipe test} leaves it) is reused; otherwise one is started once for the whole test run
 * (the root store outlives every class) and stopped when the run ends. With
 * {@code FEEDPIPE_IT_STACK=containers} the stack is Kafka, the registry and Elasticsearch in containers
 * ({@link ContainerStack}, Testcontainers) instead of the embedded processes.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    /** The variable that chooses the stack: {@code embedded} (the default) or {@code containers}. */
    public static final String MODE_VARIABLE = "FEEDPIPE_IT_STACK";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StackEndpoints.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context).endpoints();
    }

    private static SharedStack shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedStack.class, key -> SharedStack.acquire(), SharedStack.class);
    }

    /** The stack of this test run: its endpoints, and how to stop only what this run started. */
    record SharedStack(StackEndpoints endpoints, Runnable stop) implements ExtensionContext.Store.CloseableResource {

        static SharedStack acquire() {
            Path root = ProjectRoot.find();
            StackConfig config = StackConfig.load(root, System.getenv());
            String mode = System.getenv().getOrDefault(MODE_VARIABLE, "embedded");
            switch (mode) {
                case "containers" -> {
                    ContainerStack containers = ContainerStack.start(root, config.partitions(), System.out);
                    return new SharedStack(containers.endpoints(), containers::close);
                }
                case "embedded" -> {
                    LocalStack stack = new LocalStack(config, System.out);
                    LocalStack.UpResult up = stack.up();
                    return new SharedStack(up.endpoints(), up.started().isEmpty() ? () -> {} : stack::down);
                }
                default -> throw new IllegalArgumentException(MODE_VARIABLE + "=" + mode + ": embedded or containers");
            }
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
