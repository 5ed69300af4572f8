package dev.feedpipe.cli.reindex;

import dev.feedpipe.index.IndexConfig;
import dev.feedpipe.index.Reindexer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code feedpipe reindex}: build the next index version from the enriched topic and swap the aliases. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
            "Build the next version of the articles index (articles-vN+1) from articles.enriched and "
                    + "swap the read and write aliases to it in one request; searches never fail meanwhile.",
            "Configured like index-service (the variables of the README's index table). The previous version is kept "
                    + "for a rollback."
        })
public final class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Reindexer.Result result = new Reindexer(IndexConfig.load(System.getenv()), System.out).reindex();
        System.out.printf("done: %s -> %s%n", result.from(), result.to());
        return 0;
    }
}
