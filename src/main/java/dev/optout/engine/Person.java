package dev.optout.engine;

import java.util.Optional;

/**
 * The human at the keyboard: the only one who may say yes to sending, type the emailed code, or log in.
 * The console implementation prints each question, then reads one line of standard input, so scripts can pipe
 * answers.
 */
public interface Person {

    /** Asks a yes/no question; anything but an explicit yes (including end of input) is a no. */
    boolean confirm(String question);

    /** Asks for a value; empty at end of input. */
    Optional<String> ask(String prompt);

    /**
     * Whether anyone may still answer: not once a question met the end of standard input. Only says what is known
     * already and never reads: a script that answers each question after it sees it must see the question first.
     */
    default boolean canAnswer() {
        return true;
    }

    /** Tells the person something they need to know or do. */
    void tell(String message);
}
