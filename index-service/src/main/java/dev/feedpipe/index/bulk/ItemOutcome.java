package dev.feedpipe.index.bulk;

/** What to do with one item of a bulk response. */
public enum ItemOutcome {
    /** Written (or a delete of a document that was not there). */
    DONE,
    /** An older revision than the indexed one: expected, counted, not an error. */
    STALE,
    /** A passing failure (429, 5xx): try again later. */
    RETRY,
    /** Elasticsearch refuses the document itself (mapping or parsing): send it to the dead-letter topic. */
    DEAD_LETTER;

    public static ItemOutcome of(int status, String errorType, boolean delete) {
        if (status >= 200 && status < 300) {
            return DONE;
        }
        if (status == 404 && delete) {
            return DONE;
        }
        if (status == 409 || "version_conflict_engine_exception".equals(errorType)) {
            return STALE;
        }
        if (status == 429 || status >= 500 || status == 408) {
            return RETRY;
        }
        return DEAD_LETTER;
    }
}
