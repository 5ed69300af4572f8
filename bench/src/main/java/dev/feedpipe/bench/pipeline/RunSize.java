package dev.feedpipe.bench.pipeline;

/**
 * How big a bench run is: a number of articles, or a duration that becomes one once the bulk baseline
 * (the pipeline's ceiling, and the slowest of the three) has been measured.
 *
 * @param articles the articles of the run, or of the first baseline runs when sized by time
 * @param seconds the duration asked for, or 0 when sized by count
 */
record RunSize(int articles, int seconds) {

    /** The articles of the first baseline runs of a run sized by time. */
    static final int CALIBRATION_ARTICLES = 200;

    /** Bounds of a run sized by time: enough for a steady-state window, short of what the services' heaps hold. */
    static final int MIN_ARTICLES = 200;

    static final int MAX_ARTICLES = 20_000;

    RunSize {
        if (articles < 1 || seconds < 0) {
            throw new IllegalArgumentException("a bench run needs at least one article and a duration of 0 s or more");
        }
    }

    static RunSize articles(int articles) {
        return new RunSize(articles, 0);
    }

    static RunSize seconds(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be at least 1");
        }
        return new RunSize(CALIBRATION_ARTICLES, seconds);
    }

    /** The articles that keep a stage running at {@code bulkRate} busy for about {@link #seconds}. */
    int articlesFor(double bulkRate) {
        return (int) Math.max(MIN_ARTICLES, Math.min(MAX_ARTICLES, Math.round(seconds * bulkRate)));
    }
}
