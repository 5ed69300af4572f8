package dev.feedpipe.stack;

import dev.feedpipe.config.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedpipe stack up|down|status|logs}. */
@Command(
        name = "stack",
        description = "Start, stop and inspect the embedded Kafka, registry and Elasticsearch.",
        mixinStandardHelpOptions = true,
        subcommands = {
            StackCommand.Up.class,
            StackCommand.Down.class,
            StackCommand.Status.class,
            StackCommand.Logs.class
        })
public final class StackCommand {

    static LocalStack localStack() {
        return new LocalStack(StackConfig.load(ProjectRoot.find(), System.getenv()), System.out);
    }

    @Command(name = "up", description = "Start what is not running and wait until every service is ready.")
    static final class Up implements Callable<Integer> {
        @Option(
                names = "--brokers",
                description = "Kafka nodes of a new stack (1 to 5; default: FEEDPIPE_KAFKA_BROKERS,"
                        + " else 1). With 3 or more, the article topics keep 3 copies and need 2 in sync.")
        Integer brokers;

        @Option(
                names = "--es-nodes",
                description = "Elasticsearch nodes of a new stack (1 to 3; default: FEEDPIPE_ELASTICSEARCH_NODES,"
                        + " else 1). With 2 or more, every shard keeps a replica on another node.")
        Integer elasticsearchNodes;

        @Override
        public Integer call() {
            Map<String, String> environment = new HashMap<>(System.getenv());
            if (brokers != null) {
                environment.put(Catalog.KAFKA_BROKERS.env(), Integer.toString(brokers));
            }
            if (elasticsearchNodes != null) {
                environment.put(Catalog.ELASTICSEARCH_NODES.env(), Integer.toString(elasticsearchNodes));
            }
            LocalStack.UpResult result =
                    new LocalStack(StackConfig.load(ProjectRoot.find(), environment), System.out).up();
            StackEndpoints endpoints = result.endpoints();
            System.out.printf(
                    "kafka          %s%nregistry       %s%nelasticsearch  %s%n",
                    endpoints.bootstrapServers(), endpoints.registryUrl(), endpoints.elasticsearchUrl());
            return 0;
        }
    }

    @Command(name = "down", description = "Stop every process the stack started (data is kept, unless --wipe).")
    static final class Down implements Callable<Integer> {
        @Option(
                names = "--wipe",
                description = "Then delete all the stack's data (topics, schemas, indices): the next"
                        + " 'stack up' starts from nothing. Asks first unless --yes.")
        boolean wipe;

        @Option(
                names = {"-y", "--yes"},
                description = "With --wipe: do not ask.")
        boolean yes;

        @Override
        public Integer call() {
            LocalStack stack = localStack();
            if (!wipe) {
                stack.down();
                return 0;
            }
            if (!Confirmation.onTerminal().confirmed("delete all the stack's data in " + stack.dataLocations(), yes)) {
                return 1;
            }
            stack.wipe();
            return 0;
        }
    }

    @Command(name = "status", description = "Say what runs where; exit 0 only when every service is ready.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            List<LocalStack.ServiceStatus> statuses = localStack().status();
            for (LocalStack.ServiceStatus status : statuses) {
                String state = status.ready() ? "ready" : status.pid().isPresent() ? "starting" : "stopped";
                System.out.printf(
                        "%-14s %-8s %-8s %-26s %s%n",
                        status.name(),
                        state,
                        status.pid().map(pid -> "pid " + pid).orElse("-"),
                        status.endpoint(),
                        status.log());
            }
            return statuses.stream().allMatch(LocalStack.ServiceStatus::ready) ? 0 : 3;
        }
    }

    @Command(name = "logs", description = "Print the end of a service's log (all services when none is named).")
    static final class Logs implements Callable<Integer> {
        @Parameters(arity = "0..1", description = "kafka, registry or elasticsearch")
        String service;

        @Option(
                names = {"-n", "--lines"},
                defaultValue = "40",
                description = "Lines per log (default: ${DEFAULT-VALUE}).")
        int lines;

        @Override
        public Integer call() throws IOException {
            Map<String, Path> logs = localStack().logFiles();
            if (service != null && !logs.containsKey(service)) {
                System.err.println("unknown service '" + service + "'; one of " + logs.keySet());
                return 2;
            }
            for (Map.Entry<String, Path> log : logs.entrySet()) {
                if (service == null || service.equals(log.getKey())) {
                    System.out.println("==> " + log.getKey() + ": " + log.getValue());
                    System.out.println(
                            Files.exists(log.getValue()) ? Processes.tail(log.getValue(), lines) : "(no log)");
                }
            }
            return 0;
        }
    }
}
