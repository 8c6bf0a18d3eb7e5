package dev.optout.engine;

import dev.optout.pack.Step.WaitFor;
import dev.optout.page.Match;

/**
 * Waits until any of its targets shows. After a send it is the wait for Meta's answer (see {@link AnswerWait}): the
 * evidence may end it sooner, and a confirmation in the page's own words is kept as the proof.
 */
final class WaitForExecutor implements StepExecutor<WaitFor> {

    private final AnswerWait answer;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final FormParts parts;

    WaitForExecutor(AnswerWait answer, StepTimeouts timeouts, Effects effects, FormParts parts) {
        this.answer = answer;
        this.timeouts = timeouts;
        this.effects = effects;
        this.parts = parts;
    }

    @Override
    public StepResult run(WaitFor step) {
        FormParts.Reached reached = parts.reach(step, step.anyOf());
        return reached.instead().orElseGet(() -> reached.noted(await(step)));
    }

    private StepResult await(WaitFor step) {
        AnswerWait.Answer found = answer.await(step.anyOf(), timeouts.of(step), false);
        if (found.match().isPresent()) {
            Match match = found.match().get();
            effects.show(step, match);
            return StepResult.done(match);
        }
        Verdict confirmed = found.confirmation().orElseThrow();
        effects.keepProof(step, confirmed);
        return StepResult.done(confirmed.sentence());
    }
}
