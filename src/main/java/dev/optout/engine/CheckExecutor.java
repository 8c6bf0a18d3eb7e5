package dev.optout.engine;

import dev.optout.pack.Step.Check;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.Optional;

/** Ticks a checkbox or picks a radio button: a choice in the form, so only shown in a dry run. */
final class CheckExecutor implements StepExecutor<Check> {

    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final OriginGuard origins;
    private final Waiter waiter;
    private final Page page;

    CheckExecutor(TargetFinder finder, StepTimeouts timeouts, Effects effects, OriginGuard origins, Waiter waiter,
                  Page page) {
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.origins = origins;
        this.waiter = waiter;
        this.page = page;
    }

    @Override
    public StepResult run(Check step) {
        Match match = finder.await(step.target(), timeouts.of(step));
        effects.show(step, match);
        return effects.perform(Optional.of(match), "tick '" + finder.humanName(step.target()) + "'", () -> {
            origins.requireAllowed("choose");
            return StepResult.done(waiter.until("'" + step.target() + "' to be ticked", timeouts.of(step), () ->
                    finder.now(step.target()).filter(m -> {
                        page.check(m.element());
                        return page.describe(m.element()).checked();
                    })));
        });
    }
}
