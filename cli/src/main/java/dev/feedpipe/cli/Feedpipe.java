package dev.feedpipe.cli;

import dev.feedpipe.cli.config.CatalogDefaults;
import dev.feedpipe.cli.config.CatalogDescriptions;
import dev.feedpipe.cli.config.SettingsCommand;
import dev.feedpipe.cli.demo.DemoCommand;
import dev.feedpipe.cli.demo.DownCommand;
import dev.feedpipe.cli.dlq.DlqCommand;
import dev.feedpipe.cli.extract.ExtractCommand;
import dev.feedpipe.cli.post.PostCommand;
import dev.feedpipe.cli.setup.SetupCommand;
import dev.feedpipe.cli.trace.TraceCommand;
import dev.feedpipe.config.InvalidSettingException;
import dev.feedpipe.stack.StackCommand;
import dev.feedpipe.stack.StackException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The Java side of {@code ./feedpipe}; the script handles build, test and the JDK. */
@Command(
        name = "feedpipe",
        mixinStandardHelpOptions = true,
        version = "feedpipe 0.1.0",
        description = "An event-driven content pipeline on Kafka: articles in, a searchable feed out.",
        subcommands = {
            StackCommand.class,
            ExtractCommand.class,
            PostCommand.class,
            DemoCommand.class,
            DownCommand.class,
            SetupCommand.class,
            DlqCommand.class,
            TraceCommand.class,
            SettingsCommand.class
        })
public final class Feedpipe {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Feedpipe());
        commandLine.setDefaultValueProvider(new CatalogDefaults(System.getenv()));
        commandLine.setResourceBundle(new CatalogDescriptions());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof StackException || exception instanceof InvalidSettingException) {
                cmd.getErr().println("feedpipe " + cmd.getCommandName() + ": " + exception.getMessage());
                return 1;
            }
            throw exception;
        });
        return commandLine;
    }
}
