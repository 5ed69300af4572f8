package dev.feedpipe.cli.dlq;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which dead letters an operator means: by the stage that refused them, a pattern their reason must
 * contain, their keys, and when they were dead-lettered (since inclusive, until exclusive). Empty
 * criteria match everything.
 */
record DeadLetterFilter(
        Optional<String> stage,
        Optional<Pattern> reason,
        Set<String> keys,
        Optional<Instant> since,
        Optional<Instant> until) {

    DeadLetterFilter {
        keys = Set.copyOf(keys);
    }

    boolean matches(DeadLetter letter) {
        return stage.map(letter.stage()::equals).orElse(true)
                && reason.map(pattern -> pattern.matcher(letter.reason()).find())
                        .orElse(true)
                && (keys.isEmpty() || keys.contains(letter.keyText()))
                && since.map(from -> !letter.time().isBefore(from)).orElse(true)
                && until.map(end -> letter.time().isBefore(end)).orElse(true);
    }
}
