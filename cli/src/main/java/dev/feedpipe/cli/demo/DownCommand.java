package dev.feedpipe.cli.demo;

import dev.feedpipe.stack.Confirmation;
import dev.feedpipe.stack.LocalStack;
import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedpipe down}: stop what {@code feedpipe demo --detach} left running. */
@Command(
        name = "down",
        mixinStandardHelpOptions = true,
        description = "Stop the pipeline's services started by the demo, then the embedded stack (data is kept, unless"
                + " --wipe).")
public final class DownCommand implements Callable<Integer> {

    @Option(
            names = "--wipe",
            description = "Then delete the stack's data and the services' local state: the next demo"
                    + " starts from nothing. Asks first unless --yes.")
    boolean wipe;

    @Option(
            names = {"-y", "--yes"},
            description = "With --wipe: do not ask.")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        Path root = ProjectRoot.find();
        LocalStack stack = new LocalStack(StackConfig.load(root, System.getenv()), System.out);
        Path state = DemoCommand.stateFolder(root);
        if (wipe
                && !Confirmation.onTerminal()
                        .confirmed(
                                "delete the services' state in " + state + " and all the stack's data in "
                                        + stack.dataLocations(),
                                yes)) {
            return 1;
        }
        DemoCommand.stopAll(DemoCommand.services(root));
        System.out.println("stopped the services");
        if (!wipe) {
            stack.down();
            return 0;
        }
        stack.wipe();
        DemoCommand.deleteState(root);
        System.out.printf("deleted %s%n", state);
        return 0;
    }
}
