package dev.feedpipe.extract.internal.math;

import org.commonmark.node.CustomNode;

/** Inline TeX: {@code $...$} or {@code \(...\)}. */
public final class InlineMath extends CustomNode {

    private final String literal;

    public InlineMath(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }
}
