package dev.feedpipe.cli.post;

import java.io.PrintWriter;

/** A one-line progress bar, redrawn in place; silent when the output is not a terminal. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final int total;
    private final boolean enabled;
    private int done;

    ProgressBar(PrintWriter out, int total, boolean enabled) {
        this.out = out;
        this.total = total;
        this.enabled = enabled;
    }

    void step(int posted, int rejected) {
        done++;
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        out.printf(
                "\r[%s%s] %d/%d  posted %d  rejected %d",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, posted, rejected);
        out.flush();
    }

    void finish() {
        if (enabled && done > 0) {
            out.println();
        }
    }
}
