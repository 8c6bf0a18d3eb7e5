package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.CheckState;
import dev.optout.page.Match;
import java.util.List;
import java.util.Optional;

/**
 * Ticks or unticks a choice (see {@link ChoiceToggle}): a choice in the form, so a dry run only outlines it and says
 * what it would do. The target is awaited, then acted on outside the wait, then read back.
 */
final class CheckExecutor {

    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final OriginGuard origins;
    private final ChoiceToggle toggle;

    CheckExecutor(TargetFinder finder, StepTimeouts timeouts, Effects effects, OriginGuard origins,
                  ChoiceToggle toggle) {
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.origins = origins;
        this.toggle = toggle;
    }

    StepResult check(Step.Check step) {
        return bringTo(step, step.target(), CheckState.CHECKED, "tick");
    }

    StepResult uncheck(Step.Uncheck step) {
        return bringTo(step, step.target(), CheckState.UNCHECKED, "untick");
    }

    private StepResult bringTo(Step step, String target, CheckState wanted, String verb) {
        // With its state: the toggle's first read is this look, the page untouched since.
        Match match = finder.awaitLook(List.of(target), timeouts.of(step), true).firstMatch().orElseThrow();
        effects.show(step, match);
        String label = finder.humanName(target);
        return effects.perform(Optional.of(match), verb + " '" + label + "'", () -> {
            origins.requireAllowed("choose");
            String done = toggle.bringTo(target, label, wanted, timeouts.of(step));
            return StepResult.done(match).withNote(done);
        });
    }
}
