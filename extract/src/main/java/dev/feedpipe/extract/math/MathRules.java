package dev.feedpipe.extract.math;

/**
 * When a dollar sign opens or closes TeX math. Pandoc's rules, so that money is not math: an opening
 * {@code $} has a non-space character after it, a closing {@code $} has a non-space character before it
 * and no digit after it. {@code $5 and $10} therefore holds no math.
 */
public final class MathRules {

    /**
     * How far a closing delimiter is looked for. Keeps the scan linear: an unclosed delimiter costs at
     * most this much, however long the text.
     */
    public static final int MAX_MATH_LENGTH = 2000;

    private MathRules() {
    }

    public static boolean canOpenDollar(int next) {
        return next != -1 && !Character.isWhitespace(next) && next != '$';
    }

    /**
     * A dollar inside a candidate that could not close it (whitespace before it) ends the candidate:
     * the first dollar was money. Without this, {@code $5 and $10, $x$} would read {@code 5 and $10, $x}
     * as math.
     */
    public static boolean abandonsCandidate(int previous) {
        return previous == -1 || Character.isWhitespace(previous);
    }

    public static boolean canCloseDollar(int previous, int next) {
        return previous != -1 && !Character.isWhitespace(previous) && !(next >= '0' && next <= '9');
    }
}
