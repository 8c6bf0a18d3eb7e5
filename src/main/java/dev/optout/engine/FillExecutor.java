package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Step.Fill;
import dev.optout.page.Look;
import dev.optout.page.Match;
import java.util.List;
import java.util.Optional;

/**
 * Types a value into a text field. When the value comes from an input the person left empty, the page's own value
 * (e.g. the email Facebook pre-fills) is kept and shown in the confirm summary.
 */
final class FillExecutor implements StepExecutor<Fill> {

    private final RunValues values;
    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final FieldWriter writer;
    private final Outbox outbox;
    private final FormParts parts;

    FillExecutor(RunValues values, TargetFinder finder, StepTimeouts timeouts, Effects effects, FieldWriter writer,
                 Outbox outbox, FormParts parts) {
        this.values = values;
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.writer = writer;
        this.outbox = outbox;
        this.parts = parts;
    }

    @Override
    public StepResult run(Fill step) {
        FormParts.Reached reached = parts.reach(step, List.of(step.target()));
        return reached.instead().orElseGet(() -> reached.noted(fill(step)));
    }

    private StepResult fill(Fill step) {
        Optional<InputSpec> input = values.soleInput(step.value());
        Optional<String> value = values.resolve(step.value());
        Look seen = finder.awaitLook(List.of(step.target()), timeouts.of(step), true);
        Match match = seen.firstMatch().orElseThrow();
        effects.show(step, match);
        String label = finder.humanName(step.target());
        if (value.isEmpty()) {
            outbox.record(new FilledField(step.target(), label, FilledField.Kind.KEPT, Optional.empty(), "", input,
                    values.mentionsPersonal(step.value()), ""));
            return StepResult.skipped(Optional.of(match), "no value given for " + step.value().raw()
                    + "; the page's own value is kept");
        }
        boolean personal = values.givenPersonal(step.value());
        String masked = personal ? values.masked(step.value()).orElseThrow() : value.get();
        FilledField field = new FilledField(step.target(), label, FilledField.Kind.TEXT, value, value.get(), input,
                personal, masked);
        String inWords = "type " + field.quotedUnlessMasked() + " into '" + label + "'";
        return effects.write(Optional.of(match), inWords, field, () -> writer.fill(step, field, seen));
    }
}
