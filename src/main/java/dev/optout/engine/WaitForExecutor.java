package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.pack.Step.WaitFor;

/** Waits until any of its targets shows. */
final class WaitForExecutor implements StepExecutor<WaitFor> {

    @Override
    public StepResult run(WaitFor step, RunContext context) {
        Match match = context.finder.awaitAny(step.anyOf(), context.timeout(step));
        context.show(step, match);
        return StepResult.done(match);
    }
}
