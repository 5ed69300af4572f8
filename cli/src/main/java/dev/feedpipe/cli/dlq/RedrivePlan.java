package dev.feedpipe.cli.dlq;

import dev.feedpipe.schema.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a re-drive sends, decided from the dead letters, the memory of those already sent and the
 * operator's filter: each matching dead letter whose origin is one of the pipeline's topics and that
 * was never sent before. A pure decision; {@link Redriver} carries it out.
 *
 * @param send the dead letters to send back to their origin, in dead-letter order
 * @param alreadyRedriven matching dead letters a re-drive sent before (each goes at most once)
 * @param notMatching dead letters the filter leaves out
 * @param withoutOrigin matching dead letters whose origin is missing or not a pipeline topic
 */
record RedrivePlan(List<DeadLetter> send, int alreadyRedriven, int notMatching, List<DeadLetter> withoutOrigin) {

    static RedrivePlan of(List<DeadLetter> letters, Set<String> redriven, DeadLetterFilter filter, Topics topics) {
        List<DeadLetter> send = new ArrayList<>();
        List<DeadLetter> withoutOrigin = new ArrayList<>();
        int already = 0;
        int notMatching = 0;
        Set<String> pipeline = Set.of(topics.raw(), topics.enriched());
        for (DeadLetter letter : letters) {
            if (!filter.matches(letter)) {
                notMatching++;
            } else if (redriven.contains(letter.position())) {
                already++;
            } else if (letter.origin().filter(pipeline::contains).isEmpty()) {
                withoutOrigin.add(letter);
            } else {
                send.add(letter);
            }
        }
        return new RedrivePlan(List.copyOf(send), already, notMatching, List.copyOf(withoutOrigin));
    }
}
