package dev.feedpipe.extract.internal.math;

import org.commonmark.node.CustomNode;

/** A display formula written inside running text: {@code $$...$$} or {@code \[...\]}. */
public final class InlineDisplayMath extends CustomNode {

    private final String literal;

    public InlineDisplayMath(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }
}
