package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.pack.Step.Check;

/** Ticks a checkbox or picks a radio button: a choice in the form, so not done in a dry run. */
final class CheckExecutor implements StepExecutor<Check> {

    @Override
    public StepResult run(Check step, RunContext context) {
        Match match = context.finder.await(step.target(), context.timeout(step));
        context.show(step, match);
        if (context.dryRun()) {
            return StepResult.wouldDo(match, "would tick '" + context.finder.humanName(step.target()) + "'");
        }
        context.requireAllowedOrigin("choose");
        Match checked = context.waiter.until("'" + step.target() + "' to be ticked", context.timeout(step), () ->
                context.finder.now(step.target()).filter(m -> {
                    context.page.check(m.element());
                    return context.page.describe(m.element()).checked();
                }));
        return StepResult.done(checked);
    }
}
