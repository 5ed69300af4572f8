package dev.feedpipe.extract.internal.math;

import org.commonmark.node.CustomBlock;

/**
 * A display formula block: lines from {@code $$} (or {@code \[}) to {@code $$} (or {@code \]}). When
 * no closing delimiter comes before a blank line, the block is {@linkplain #closed() unclosed} and
 * its {@linkplain #literal() literal} holds the lines as written, to be shown as text.
 */
public final class DisplayMath extends CustomBlock {

    private String literal = "";
    private boolean closed;

    /** Set when the block is complete; the parser creates the node before it has seen the lines. */
    void complete(String literal, boolean closed) {
        this.literal = literal;
        this.closed = closed;
    }

    public String literal() {
        return literal;
    }

    public boolean closed() {
        return closed;
    }
}
