package dev.optout.engine;

import dev.optout.pack.Step.WaitFor;
import dev.optout.page.Match;

/** Waits until any of its targets shows; after a send, Meta's error ends the wait too (see {@link AnswerWait}). */
final class WaitForExecutor implements StepExecutor<WaitFor> {

    private final AnswerWait answer;
    private final StepTimeouts timeouts;
    private final Effects effects;

    WaitForExecutor(AnswerWait answer, StepTimeouts timeouts, Effects effects) {
        this.answer = answer;
        this.timeouts = timeouts;
        this.effects = effects;
    }

    @Override
    public StepResult run(WaitFor step) {
        Match match = answer.await(step.anyOf(), timeouts.of(step));
        effects.show(step, match);
        return StepResult.done(match);
    }
}
