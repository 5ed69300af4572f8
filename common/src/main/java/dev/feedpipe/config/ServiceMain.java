package dev.feedpipe.config;

import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * The common start of every service's {@code main}: read the configuration (exit 2 with the variable's
 * name when it is invalid), start the service (exit 1 when it cannot start: clients created before the
 * failure hold non-daemon threads, so returning would leave a half-started process), and close it when
 * the process is asked to stop. Or, given a task's name, run that operator's task and exit with its code
 * ({@code index-service reindex}), so that an operator who has only the service's jar or image has its tools.
 */
public final class ServiceMain {

    private ServiceMain() {}

    /** Builds a service from its configuration. */
    @FunctionalInterface
    public interface Starter<S> {
        S start() throws Exception;
    }

    /** An operator's task a service's main runs instead of serving; returns the exit code. */
    @FunctionalInterface
    public interface Task {
        int run() throws Exception;
    }

    /**
     * Returns when {@code args} is empty (the service is to serve); else runs the task it names and exits
     * with the task's code: 1 when it fails, 2 (with the usage) for an unknown task.
     */
    public static void runTaskIfAsked(String name, String[] args, SortedMap<String, Task> tasks) {
        if (args.length == 0) {
            return;
        }
        Task task = args.length == 1 ? tasks.get(args[0]) : null;
        if (task == null) {
            System.err.println("usage: " + name + " [" + String.join("|", tasks.keySet()) + "]");
            System.exit(2);
            return;
        }
        int code;
        try {
            code = task.run();
        } catch (InvalidSettingException e) {
            System.err.println(name + " " + args[0] + ": " + e.getMessage());
            code = 2;
        } catch (Exception e) {
            System.err.println(name + " " + args[0] + ": " + e.getMessage());
            code = 1;
        }
        System.exit(code);
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
