package dev.optout.engine;

import java.util.List;

/** The run stopped because going on could type into or send to the wrong place. */
public final class SafetyAbortException extends StepFailedException {

    public SafetyAbortException(String cause) {
        super(cause);
    }

    public SafetyAbortException(String cause, String target) {
        super(cause, List.of(target));
    }
}
