package dev.feedpipe.config;

import java.util.Map;
import java.util.function.Function;

/**
 * The common start of every service's {@code main}: read the configuration (exit 2 with the variable's
 * name when it is invalid), start the service (exit 1 when it cannot start: clients created before the
 * failure hold non-daemon threads, so returning would leave a half-started process), and close it when
 * the process is asked to stop.
 */
public final class ServiceMain {

    private ServiceMain() {}

    /** Builds a service from its configuration. */
    @FunctionalInterface
    public interface Starter<S> {
        S start() throws Exception;
    }

    public static <C> C config(String name, Function<Map<String, String>, C> loader) {
        try {
            return loader.apply(System.getenv());
        } catch (InvalidSettingException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    public static <S extends AutoCloseable> S start(String name, Starter<S> starter) {
        S service;
        try {
            service = starter.start();
        } catch (Exception e) {
            System.err.println(name + ": cannot start: " + e);
            System.exit(1);
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                service.close();
                            } catch (Exception e) {
                                System.err.println(name + ": error while stopping: " + e);
                            }
                        },
                        name + "-shutdown"));
        return service;
    }
}
