package dev.feedpipe.cli.demo;

import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code feedpipe down}: stop what {@code feedpipe demo --detach} left running. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Stop the pipeline's services started by the demo, then the embedded stack (data is kept).")
public final class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Path root = ProjectRoot.find();
        DemoCommand.stopAll(DemoCommand.services(root));
        System.out.println("stopped the services");
        new LocalStack(StackConfig.load(root, System.getenv()), System.out).down();
        return 0;
    }
}
