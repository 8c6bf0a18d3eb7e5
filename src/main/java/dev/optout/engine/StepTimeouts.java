package dev.optout.engine;

import dev.optout.pack.Step;
import java.time.Duration;

/** How long a step may wait for its target: its own timeout, else the run's. */
final class StepTimeouts {

    private final Duration runDefault;
    private boolean capped;

    StepTimeouts(Duration runDefault) {
        this.runDefault = runDefault;
    }

    Duration of(Step step) {
        Duration own = step.common().timeout().orElse(runDefault);
        return capped && own.compareTo(runDefault) > 0 ? runDefault : own;
    }

    /**
     * From now on no step waits longer than the run's default: after a dry run missed a target, the page is not what
     * the pack expects, and its long waits (for a confirmation, say) would only wait for nothing.
     */
    void capAtRunDefault() {
        capped = true;
    }
}
