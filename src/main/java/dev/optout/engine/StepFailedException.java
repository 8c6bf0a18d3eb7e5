package dev.optout.engine;

/** A step could not be done. The message is the whole story: step, target, locators tried, page, language. */
public class StepFailedException extends RuntimeException {

    public StepFailedException(String message) {
        super(message);
    }
}
