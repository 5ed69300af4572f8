package dev.feedpipe.cli.dlq;

import dev.feedpipe.cli.config.TopicOptions;
import dev.feedpipe.schema.Topics;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code feedpipe dlq retry}: send dead letters back to their topic once the cause is fixed. */
@Command(
        name = "retry",
        mixinStandardHelpOptions = true,
        description = {
            "Send dead letters back to the topic they came from (articles.raw or articles.enriched), once the"
                    + " cause is fixed: a new extractor, a schema registered, a mapping corrected. Each dead letter goes at"
                    + " most once: what was sent is remembered in <dead-letter topic>.redriven, in the same transaction.",
            "Exit code 0 when everything selected went (or, with --dry-run, would go)."
        })
public final class DlqRetryCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", descriptionKey = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Mixin
    TopicOptions topicOptions;

    @Option(names = "--stage", description = "Only what this stage refused: enrich or index.")
    String stage;

    @Option(names = "--reason", description = "Only dead letters whose reason contains this regular expression.")
    String reason;

    @Option(names = "--key", description = "Only these article ids (repeatable).")
    List<String> keys = List.of();

    @Option(
            names = "--since",
            description = "Only those dead-lettered at or after this instant (2026-12-01T10:00:00Z).")
    String since;

    @Option(names = "--until", description = "Only those dead-lettered before this instant.")
    String until;

    @Option(names = "--dry-run", description = "List what would go, send nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DeadLetterFilter filter = new DeadLetterFilter(
                Optional.ofNullable(stage),
                pattern(),
                Set.copyOf(keys),
                instant("--since", since),
                instant("--until", until));
        Topics topics = topicOptions.topics();
        try (Redriver redriver = new Redriver(bootstrapServers, topics, Clock.systemUTC())) {
            RedrivePlan plan = RedrivePlan.of(redriver.deadLetters(), redriver.redriven(), filter, topics);
            for (DeadLetter letter : plan.send()) {
                out.printf(
                        "%s %s  key=%s  stage=%s  dead-lettered %s%n    reason: %s%n",
                        dryRun ? "would re-drive" : "re-drive",
                        letter.originPosition(),
                        letter.keyText(),
                        letter.stage(),
                        letter.time(),
                        letter.reason());
            }
            for (DeadLetter letter : plan.withoutOrigin()) {
                out.printf(
                        "cannot re-drive %s (key=%s): its origin '%s' is not a pipeline topic%n",
                        letter.position(), letter.keyText(), letter.origin().orElse("(none)"));
            }
            if (!dryRun) {
                redriver.send(plan.send());
            }
            Map<String, Integer> byTopic = new LinkedHashMap<>();
            plan.send().forEach(letter -> byTopic.merge(letter.origin().orElseThrow(), 1, Integer::sum));
            out.printf(
                    "%s %d dead letter(s)%s; %d re-driven before, %d not selected, %d without a pipeline origin%n",
                    dryRun ? "dry run: would re-drive" : "re-drove",
                    plan.send().size(),
                    byTopic.isEmpty() ? "" : " " + byTopic,
                    plan.alreadyRedriven(),
                    plan.notMatching(),
                    plan.withoutOrigin().size());
            out.flush();
            return plan.withoutOrigin().isEmpty() ? 0 : 1;
        }
    }

    private Optional<Pattern> pattern() {
        try {
            return Optional.ofNullable(reason).map(Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--reason is not a regular expression: " + e.getDescription());
        }
    }

    private Optional<Instant> instant(String option, String value) {
        try {
            return Optional.ofNullable(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " must be an instant such as " + "2026-12-01T10:00:00Z");
        }
    }
}
