package dev.optout.engine;

import java.util.Optional;

/**
 * The human at the keyboard: the only one who may say yes to sending, type the emailed code, or log in.
 * The console implementation reads one line per question from standard input, so scripts can pipe answers.
 */
public interface Person {

    /** Asks a yes/no question; anything but an explicit yes (including end of input) is a no. */
    boolean confirm(String question);

    /** Asks for a value; empty at end of input. */
    Optional<String> ask(String prompt);

    /**
     * Whether a question now would get an answer: not when standard input has ended. Asked only where a question
     * would be asked anyway, so finding out never waits longer than the question would.
     */
    default boolean canAnswer() {
        return true;
    }

    /** Tells the person something they need to know or do. */
    void tell(String message);
}
