package dev.optout.engine;

import dev.optout.pack.Step.Verify;
import dev.optout.page.Match;

/**
 * The success condition. After a send its own wait applies (a page-load wait does not cover a submit), and what the
 * send came to is judged from evidence (see {@link AnswerWait}): Meta's confirmation text, or a confirmation in the
 * page's own words, is kept as the proof; a refusal, an error or no confirmation in time ends the run with that
 * outcome, and nothing is sent again.
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
        AnswerWait.Answer found = answer.await(step.anyOf(), timeouts.of(step), true);
        if (found.match().isPresent()) {
            Match match = found.match().get();
            effects.show(step, match);
            effects.keepProof(step, match);
            return StepResult.done(match);
        }
        Verdict confirmed = found.confirmation().orElseThrow();
        effects.keepProof(step, confirmed);
        return StepResult.done(confirmed.sentence());
    }
}
