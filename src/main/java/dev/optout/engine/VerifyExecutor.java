package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.pack.Step.Verify;

/**
 * The success condition. After a send its own wait applies (a page-load wait does not cover a submit). When the
 * page shows no confirmation, the outcome is "unconfirmed" and nothing is sent again.
 */
final class VerifyExecutor implements StepExecutor<Verify> {

    @Override
    public StepResult run(Verify step, RunContext context) {
        Match match = context.finder.awaitAny(step.anyOf(), context.timeout(step));
        context.show(step, match);
        if (!context.dryRun()) {
            context.setConfirmation(Waiter.once(() -> context.page.textOf(match.element())).strip());
            context.screenshot(step);
        }
        return StepResult.done(match);
    }
}
