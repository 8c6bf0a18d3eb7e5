package dev.optout.engine;

/**
 * The page waits for something only a person in the browser window can do (log in, answer a JavaScript dialog), and
 * nobody can: the browser has no window. Waiting could not help, so the run ends at once.
 */
public final class NeedsPersonException extends StepFailedException {

    static final String ADVICE = "this needs you in the browser: run with a window, or log in once with "
            + "'optout browser start'";

    NeedsPersonException(String what) {
        super(what + ": " + ADVICE);
    }
}
