package dev.optout.engine;

import dev.optout.browser.FieldState;
import dev.optout.browser.Match;
import dev.optout.pack.Step.Press;
import java.util.Optional;

/** Presses a key, in a target or wherever the focus is. A keystroke is typing, so a dry run only shows it. */
final class PressExecutor implements StepExecutor<Press> {

    private final SendGate gate;

    PressExecutor(SendGate gate) {
        this.gate = gate;
    }

    @Override
    public StepResult run(Press step, RunContext context) {
        Optional<Match> match = step.target().map(t -> context.finder.await(t, context.timeout(step)));
        match.ifPresent(m -> context.show(step, m));
        boolean sends = step.common().submits();
        if (sends ? !gate.open(step, context) : context.dryRun()) {
            String note = "would press " + step.key() + (sends ? " and send to " + context.currentHost() : "");
            return match.map(m -> StepResult.wouldDo(m, note)).orElse(StepResult.wouldDo(note));
        }
        context.requireAllowedOrigin("type");
        match.ifPresent(m -> {
            FieldState state = Waiter.once(() -> context.page.describe(m.element()));
            if (state.isForbiddenForTyping()) {
                throw new SafetyAbortException("target '" + m.target() + "' is a " + state.type()
                        + " input; optout never types into password, hidden or file inputs");
            }
        });
        String host = context.currentHost();
        Waiter.once(() -> {
            context.page.press(match.map(Match::element), step.key());
            return null;
        });
        if (sends) {
            context.markSent(host);
        }
        return match.map(StepResult::done).orElse(StepResult.done("pressed " + step.key()));
    }
}
