package dev.feedpipe.extract.internal.math;

import java.util.regex.Pattern;

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

    private MathRules() {}

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

    private static final Pattern TEX_COMMAND = Pattern.compile("\\\\[A-Za-z]");
    private static final Pattern SINGLE_VARIABLE = Pattern.compile("[A-Za-z][0-9']*");
    private static final Pattern SYMBOLIC = Pattern.compile("[A-Za-z0-9+\\-*/()<>|,.!]{1,15}");

    /**
     * Whether the text between {@code \(…\)} or {@code \[…\]} in Markdown reads as TeX: a command,
     * a sub- or superscript, an equation or group, a single variable, or a short symbolic expression.
     * Exporters that escape every parenthesis (GitBook) give {@code \(CNI\)} or {@code \[默认未使用\]}:
     * prose in brackets, which stays text.
     */
    public static boolean looksLikeTex(String content) {
        String text = content.strip();
        if (TEX_COMMAND.matcher(text).find()
                || text.chars().anyMatch(c -> c == '^' || c == '_' || c == '=' || c == '{')) {
            return true;
        }
        if (SINGLE_VARIABLE.matcher(text).matches()) {
            return true;
        }
        return SYMBOLIC.matcher(text).matches()
                && text.chars().anyMatch(c -> "+-*/()<>|0123456789".indexOf(c) >= 0)
                && text.chars().filter(Character::isLetter).count() <= 3;
    }

    public static boolean canCloseDollar(int previous, int next) {
        return previous != -1 && !Character.isWhitespace(previous) && !(next >= '0' && next <= '9');
    }
}
