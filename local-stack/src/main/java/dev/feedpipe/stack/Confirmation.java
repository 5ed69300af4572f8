package dev.feedpipe.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Asks a person before something that cannot be undone, the way {@code rm -i} does: the question on the
 * terminal, the answer from standard input; anything but y or yes, or no answer at all (a script whose
 * input is closed), is a no.
 */
public final class Confirmation {

    private final BufferedReader answers;
    private final PrintStream out;

    public Confirmation(BufferedReader answers, PrintStream out) {
        this.answers = answers;
        this.out = out;
    }

    /** Asks at the terminal (standard input and output). */
    public static Confirmation onTerminal() {
        return new Confirmation(
                new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), System.out);
    }

    /** Whether to go ahead with {@code what}: yes when {@code assumeYes}, else what the person answered. */
    public boolean confirmed(String what, boolean assumeYes) {
        if (assumeYes) {
            return true;
        }
        out.print(Character.toUpperCase(what.charAt(0)) + what.substring(1) + "? [y/N] ");
        out.flush();
        String answer;
        try {
            answer = answers.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean yes = answer != null
                && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        if (!yes) {
            out.println(
                    answer == null
                            ? "\nno answer: nothing deleted (pass --yes to delete without asking)"
                            : "nothing deleted");
        }
        return yes;
    }
}
