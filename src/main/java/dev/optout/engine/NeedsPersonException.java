package dev.optout.engine;

import java.util.Optional;

/**
 * The page waits for something only a person in the browser window can do (log in, answer a JavaScript dialog), and
 * nobody can: the browser has no window. Waiting could not help, so the run ends at once.
 */
public final class NeedsPersonException extends StepFailedException {

    static final String ADVICE = "this needs you in the browser: run with a window, or log in once with "
            + "'optout browser start'";

    private final Optional<String> dialog;

    NeedsPersonException(String what) {
        this(what, Optional.empty());
    }

    private NeedsPersonException(String what, Optional<String> dialog) {
        super(what + ": " + ADVICE);
        this.dialog = dialog;
    }

    /** The page opened a JavaScript dialog ({@code text} empty when it says nothing) that nobody here can answer. */
    static NeedsPersonException unansweredDialog(String text) {
        return new NeedsPersonException("the page opened a dialog" + (text.isEmpty() ? "" : " (\"" + text + "\")")
                + " that only a person can answer", Optional.of(text));
    }

    /** The text of the page's JavaScript dialog nobody can answer, when that is what needs the person. */
    Optional<String> dialog() {
        return dialog;
    }
}
