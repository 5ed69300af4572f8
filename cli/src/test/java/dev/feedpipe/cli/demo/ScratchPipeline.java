package dev.feedpipe.cli.demo;

import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.config.Service;
import dev.feedpipe.schema.Topics;
import dev.feedpipe.stack.ClusterSetup;
import dev.feedpipe.stack.Processes;
import dev.feedpipe.stack.ServiceProcesses;
import dev.feedpipe.stack.StackEndpoints;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four services as separate processes on the shared stack, with topics, enrich application,
 * index group and index of their own, on free ports. Closing stops them.
 */
final class ScratchPipeline implements AutoCloseable {

    final String name;
    final Topics topics;
    final ServiceProcesses services;

    private ScratchPipeline(String name, Topics topics, ServiceProcesses services) {
        this.name = name;
        this.topics = topics;
        this.services = services;
    }

    static ScratchPipeline start(StackEndpoints stack, String kind, int partitions, Path folder) throws Exception {
        String name = "it-" + kind + "-" + UUID.randomUUID();
        Topics topics = new Topics(name + ".raw", name + ".enriched", name + ".dlq");
        ClusterSetup.run(stack, topics, partitions, new PrintStream(OutputStream.nullOutputStream()));
        Map<String, String> env = ServiceProcesses.scratchEnvironment(stack, topics, name, folder.resolve("state"));
        for (Service service : List.of(Service.values())) {
            env.put(service.portSetting().env(), Integer.toString(Processes.freePort()));
        }
        ScratchPipeline pipeline =
                new ScratchPipeline(name, topics, new ServiceProcesses(FeedpipeTestSupport.projectRoot(), folder, env));
        try {
            for (Service service : List.of(Service.values())) {
                pipeline.services.start(service);
            }
            for (Service service : List.of(Service.values())) {
                pipeline.services.awaitReady(service, Duration.ofSeconds(120));
            }
        } catch (Exception | Error e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    static Service service(String name) {
        return Service.byShortName(name);
    }

    String url(String service) {
        return "http://127.0.0.1:" + services.port(service(service));
    }

    /** Stops the service gracefully and starts it again (a cold start: empty caches). */
    void restart(String service) throws IOException {
        services.stop(service(service));
        services.start(service(service));
    }

    @Override
    public void close() {
        DemoCommand.stopAll(services);
    }
}
