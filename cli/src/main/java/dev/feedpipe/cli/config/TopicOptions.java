package dev.feedpipe.cli.config;

import dev.feedpipe.schema.Topics;
import picocli.CommandLine.Option;

/** The pipeline's topic names as options of a command (a picocli mixin), defaulting to the settings. */
public final class TopicOptions {

    @Option(names = "--raw-topic", descriptionKey = "topic.raw")
    String raw;

    @Option(names = "--enriched-topic", descriptionKey = "topic.enriched")
    String enriched;

    @Option(names = "--dlq-topic", descriptionKey = "topic.dlq")
    String deadLetter;

    public Topics topics() {
        return new Topics(raw, enriched, deadLetter);
    }
}
