package dev.optout.engine;

import java.util.List;

/** A step could not be done. The runner turns it into a {@link FailureRecord}, which adds the page and targets. */
public class StepFailedException extends RuntimeException {

    private final List<String> targets;

    public StepFailedException(String cause) {
        this(cause, List.of());
    }

    /** @param targets what the failure is about when not the step's own, e.g. the fields a read-back refilled */
    public StepFailedException(String cause, List<String> targets) {
        super(cause);
        this.targets = List.copyOf(targets);
    }

    /** The targets this failure is about; empty when they are the step's own. */
    List<String> targets() {
        return targets;
    }
}
