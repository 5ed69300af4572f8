package dev.feedpipe.stack.junit;

import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import dev.feedpipe.stack.StackEndpoints;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives {@code *IT} classes the endpoints of a real local stack. A stack that is already up (as
 * {@code ./feedpipe test} leaves it) is reused; otherwise one is started once for the whole test run
 * (the root store outlives every class) and stopped when the run ends.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

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
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedStack.class, key -> SharedStack.acquire(), SharedStack.class);
    }

    /** The stack of this test run; stops only what this run started. */
    static final class SharedStack implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final LocalStack stack;
        private final LocalStack.UpResult up;

        private SharedStack(LocalStack stack, LocalStack.UpResult up) {
            this.stack = stack;
            this.up = up;
        }

        static SharedStack acquire() {
            LocalStack stack = new LocalStack(StackConfig.load(ProjectRoot.find(), System.getenv()), System.out);
            return new SharedStack(stack, stack.up());
        }

        StackEndpoints endpoints() {
            return up.endpoints();
        }

        @Override
        public void close() {
            if (!up.started().isEmpty()) {
                stack.down();
            }
        }
    }
}
