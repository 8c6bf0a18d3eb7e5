package dev.optout.engine;

/** The run stopped because going on could type into or send to the wrong place. */
public final class SafetyAbortException extends StepFailedException {

    public SafetyAbortException(String message) {
        super(message);
    }
}
