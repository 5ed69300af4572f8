package dev.feedpipe.soak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Every operation of a soak, recorded by the writers as their answers come. */
final class History {

    private final List<Operation> operations = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    synchronized void record(Operation operation) {
        operations.add(operation);
    }

    synchronized List<Operation> operations() {
        return operations.stream()
                .sorted(Comparator.comparingLong(Operation::sequence))
                .toList();
    }

    synchronized long count(Operation.Outcome outcome) {
        return operations.stream().filter(o -> o.outcome() == outcome).count();
    }

    static History of(List<Operation> operations) {
        History history = new History();
        new ArrayList<>(operations).forEach(history::record);
        return history;
    }
}
