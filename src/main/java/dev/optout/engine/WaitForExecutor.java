package dev.optout.engine;

import dev.optout.pack.Step.WaitFor;
import dev.optout.page.Match;

/** Waits until any of its targets shows. */
final class WaitForExecutor implements StepExecutor<WaitFor> {

    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;

    WaitForExecutor(TargetFinder finder, StepTimeouts timeouts, Effects effects) {
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
    }

    @Override
    public StepResult run(WaitFor step) {
        Match match = finder.awaitAny(step.anyOf(), timeouts.of(step));
        effects.show(step, match);
        return StepResult.done(match);
    }
}
