package dev.optout.engine;

/** No element matched a target in time. Its message names every target and every locator tried. */
public final class TargetNotFoundException extends StepFailedException {

    public TargetNotFoundException(String cause) {
        super(cause);
    }
}
