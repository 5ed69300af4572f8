package dev.feedpipe.cli.trace;

import dev.feedpipe.cli.config.TopicOptions;
import dev.feedpipe.cli.trace.Trace.DeadLetterEntry;
import dev.feedpipe.cli.trace.Trace.Entry;
import dev.feedpipe.schema.ArticleSerdes;
import dev.feedpipe.schema.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code feedpipe trace ID}: one article's journey through the pipeline, and where it is now. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description = {
            "One article's journey: its records in the raw, enriched and dead-letter topics (partition, offset,"
                    + " revision, time), its Elasticsearch document, and a one-line verdict (searchable, deleted, waiting in"
                    + " a stage with the consumer lag, or dead-lettered with the reason).",
            "Exit code 0 when it is searchable or deleted, 1 otherwise."
        })
public final class TraceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The article id.")
    String id;

    @Option(names = "--bootstrap-servers", descriptionKey = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Option(names = "--registry-url", descriptionKey = "registry.url")
    String registryUrl;

    @Option(names = "--elasticsearch-url", descriptionKey = "elasticsearch.url")
    String elasticsearchUrl;

    @Option(names = "--index-name", descriptionKey = "index.name")
    String indexName;

    @Mixin
    TopicOptions topicOptions;

    @Option(names = "--application-id", descriptionKey = "enrich.application.id")
    String applicationId;

    @Option(names = "--group-id", descriptionKey = "index.group.id")
    String groupId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Topics topics = topicOptions.topics();
        Trace trace;
        try (ArticleTracer tracer = new ArticleTracer(
                bootstrapServers, topics, ArticleSerdes.forRegistryBase(registryUrl), elasticsearchUrl, indexName)) {
            trace = tracer.trace(id, applicationId, groupId);
        }
        out.printf("article '%s'%n", id);
        print(out, topics.raw(), trace.raw());
        print(out, topics.enriched(), trace.enriched());
        if (trace.deadLetters().isEmpty()) {
            out.printf("  %-20s (none)%n", topics.deadLetter());
        }
        for (DeadLetterEntry letter : trace.deadLetters()) {
            out.printf(
                    "  %-20s partition %d offset %d  %s  stage %s, from %s[%d]@%d%n      reason: %s%n",
                    topics.deadLetter(),
                    letter.partition(),
                    letter.offset(),
                    letter.time(),
                    letter.stage(),
                    letter.originTopic(),
                    letter.originPartition(),
                    letter.originOffset(),
                    letter.reason());
        }
        out.printf(
                "  %-20s %s%n",
                "elasticsearch",
                trace.document()
                        .map(document -> "revision " + document.revision() + ", version " + document.version()
                                + ", enriched_at " + document.updatedAt())
                        .orElse("(no document)"));
        String verdict = trace.verdict();
        out.printf("verdict: %s%n", verdict);
        out.flush();
        return verdict.startsWith("searchable") || verdict.startsWith("deleted") ? 0 : 1;
    }

    private static void print(PrintWriter out, String topic, List<Entry> entries) {
        if (entries.isEmpty()) {
            out.printf("  %-20s (none)%n", topic);
        }
        for (Entry entry : entries) {
            out.printf(
                    "  %-20s partition %d offset %d  %s  %s%n",
                    topic,
                    entry.partition(),
                    entry.offset(),
                    entry.time(),
                    (entry.tombstone() ? "tombstone" : "revision")
                            + (entry.revision().isPresent()
                                    ? " " + entry.revision().getAsLong()
                                    : entry.tombstone() ? "" : " (unreadable)"));
        }
    }
}
