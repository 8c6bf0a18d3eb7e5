package dev.optout.engine;

import java.util.List;

/** No element matched a target in time. Its message names every target and every locator tried. */
public final class TargetNotFoundException extends StepFailedException {

    private final List<String> missing;

    public TargetNotFoundException(List<String> missing, String cause) {
        super(cause);
        this.missing = List.copyOf(missing);
    }

    /** The targets looked for, in the order the step gave them. */
    List<String> missing() {
        return missing;
    }
}
