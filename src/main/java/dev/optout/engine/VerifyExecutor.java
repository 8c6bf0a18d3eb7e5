package dev.optout.engine;

import dev.optout.pack.Step.Verify;
import dev.optout.page.Match;

/**
 * The success condition. After a send its own wait applies (a page-load wait does not cover a submit). When the
 * page shows no confirmation, the outcome is "unconfirmed" and nothing is sent again.
 */
final class VerifyExecutor implements StepExecutor<Verify> {

    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;

    VerifyExecutor(TargetFinder finder, StepTimeouts timeouts, Effects effects) {
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
    }

    @Override
    public StepResult run(Verify step) {
        Match match = finder.awaitAny(step.anyOf(), timeouts.of(step));
        effects.show(step, match);
        effects.keepProof(step, match);
        return StepResult.done(match);
    }
}
