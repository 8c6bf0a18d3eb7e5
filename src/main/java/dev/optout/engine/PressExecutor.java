package dev.optout.engine;

import dev.optout.pack.Step.Press;
import dev.optout.page.ElementStaleException;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.Optional;

/** Presses a key, in a target or wherever the focus is. A keystroke is typing, so a dry run only shows it. */
final class PressExecutor implements StepExecutor<Press> {

    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final OriginGuard origins;
    private final Page page;

    PressExecutor(TargetFinder finder, StepTimeouts timeouts, Effects effects, OriginGuard origins, Page page) {
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.origins = origins;
        this.page = page;
    }

    @Override
    public StepResult run(Press step) {
        Optional<Match> match = step.target().map(t -> finder.await(t, timeouts.of(step)));
        match.ifPresent(m -> effects.show(step, m));
        String inWords = "press " + step.key();
        if (step.common().submits()) {
            // In the field the gate's read-back saw, not one a re-rendered form put in its place.
            return effects.send(step, match, inWords, proved -> {
                if (match.isPresent() && proved.isEmpty()) {
                    throw new FormReplacedException("'" + match.get().target() + "' was not on the page when it "
                            + "was read back");
                }
                try {
                    return press(step, proved);
                } catch (ElementStaleException e) {
                    // Only a field can go stale; a key pressed wherever the focus is has none.
                    throw new FormReplacedException("'" + proved.map(Match::target).orElse("the field") + "' was "
                            + "replaced");
                }
            });
        }
        return effects.perform(match, inWords, () -> press(step, match));
    }

    private StepResult press(Press step, Optional<Match> match) {
        origins.requireAllowed("type");
        match.ifPresent(m -> FieldWriter.refuseSecretField(m.target(), page.describe(m.element())));
        page.press(match.map(Match::element), step.key());
        return match.map(StepResult::done).orElse(StepResult.done("pressed " + step.key()));
    }
}
