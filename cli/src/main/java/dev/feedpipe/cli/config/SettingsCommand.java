package dev.feedpipe.cli.config;

import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code feedpipe settings}: every setting as the README's Markdown table, generated from the catalog. */
@Command(
        name = "settings",
        mixinStandardHelpOptions = true,
        description = "Print every FEEDPIPE_* setting (variable, default, who reads it, meaning) as a Markdown table: "
                + "the README's configuration table is this output.")
public final class SettingsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.print(Catalog.markdownTable(List.of(Component.values())));
        return 0;
    }
}
