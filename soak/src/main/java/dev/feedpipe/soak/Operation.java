package dev.feedpipe.soak;

/**
 * One write a writer made, with its final answer. Writes to one id come from one writer, one at a time, with
 * rising revisions, so an id's operations in {@code sequence} order are its history.
 *
 * @param attempts how many requests it took (503s and lost connections are retried with the same revision)
 */
record Operation(long sequence, String id, Kind kind, long revision, Outcome outcome, int attempts, String detail) {

    enum Kind {
        POST,
        DELETE
    }

    enum Outcome {
        /** 202: the pipeline promised it. */
        ACKNOWLEDGED,
        /** No definite answer before the writers stopped: it may or may not have been applied. */
        UNKNOWN,
        /** Refused with an answer other than 202 or 503: a bug, counted as an error. */
        REFUSED
    }

    boolean acknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }
}
