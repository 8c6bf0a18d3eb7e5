package dev.optout.engine;

import dev.optout.pack.Step.Verify;
import dev.optout.page.Match;

/**
 * The success condition. After a send its own wait applies (a page-load wait does not cover a submit). When the
 * page shows no confirmation, the outcome is "unconfirmed" and nothing is sent again; when it shows Meta's error,
 * the wait ends at once (see {@link AnswerWait}).
 */
final class VerifyExecutor implements StepExecutor<Verify> {

    private final AnswerWait answer;
    private final StepTimeouts timeouts;
    private final Effects effects;

    VerifyExecutor(AnswerWait answer, StepTimeouts timeouts, Effects effects) {
        this.answer = answer;
        this.timeouts = timeouts;
        this.effects = effects;
    }

    @Override
    public StepResult run(Verify step) {
        Match match = answer.await(step.anyOf(), timeouts.of(step));
        effects.show(step, match);
        effects.keepProof(step, match);
        return StepResult.done(match);
    }
}
