package dev.optout.engine;

import dev.optout.pack.Step.Confirm;
import dev.optout.page.Look;
import dev.optout.report.Outcome;

/**
 * The gate before anything is sent: reads the filled values back, shows the person exactly what will go where
 * (personal values masked), and asks. Only an explicit yes, or {@code --yes}, opens the gate.
 */
final class ConfirmExecutor implements StepExecutor<Confirm> {

    private final Effects effects;
    private final OriginGuard origins;
    private final ReadBack readBack;
    private final Evidence evidence;
    private final ConfirmSummary summary;
    private final Person person;
    private final RunState state;
    private final boolean assumeYes;
    private final UnknownRequiredFields unknownFields;

    ConfirmExecutor(Effects effects, OriginGuard origins, ReadBack readBack, Evidence evidence,
                    ConfirmSummary summary, Person person, RunState state, boolean assumeYes,
                    UnknownRequiredFields unknownFields) {
        this.unknownFields = unknownFields;
        this.effects = effects;
        this.origins = origins;
        this.readBack = readBack;
        this.evidence = evidence;
        this.summary = summary;
        this.person = person;
        this.state = state;
        this.assumeYes = assumeYes;
    }

    @Override
    public StepResult run(Confirm step) {
        return effects.confirm(step, () -> ask(step));
    }

    private StepResult ask(Confirm step) {
        Look seen = readBack.look();
        origins.requireAllowed("send", seen.url());
        Look proved = readBack.ensureValuesStillOnPage(step, seen);
        // The form's required fields no step filled: asked for (or the email again) before the yes, never after.
        UnknownRequiredFields.Settled extra = unknownFields.settle(step, proved);
        if (!extra.unfilled().isEmpty()) {
            String sentence = UnknownRequiredFields.stopping(extra.unfilled(), unknownFields.nobodyToAsk());
            state.end(Outcome.STOPPED, sentence + ".");
            return StepResult.failed("the page requires fields the pack does not fill: "
                    + String.join(", ", extra.unfilled()));
        }
        if (extra.changedThePage()) {
            proved = readBack.ensureValuesStillOnPage(step, readBack.look());
        }
        if (!assumeYes) {
            // The page the person is asked about. Under --yes nobody is asked: the send's own picture, taken a moment
            // later of the same form as it goes out, is the proof, and a second one would only cost time.
            evidence.screenshot(step);
        }
        String text = summary.text(proved);
        if (assumeYes) {
            person.tell(text + "\n" + step.message() + " yes (--yes)");
        } else if (!person.confirm(text + "\n" + step.message())) {
            throw new DeclinedException("you declined at step " + step.number() + "; nothing was sent");
        }
        state.confirmed();
        String result = assumeYes ? "confirmed by --yes" : "confirmed by you";
        return StepResult.done(extra.changedThePage() ? result + "; also filled the page's required "
                + String.join(", ", extra.filled()) : result);
    }
}
