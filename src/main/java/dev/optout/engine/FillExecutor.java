package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Step.Fill;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import java.util.List;
import java.util.Optional;

/**
 * Types a value into a text field. When the value comes from an input the person left empty, the page's own value
 * (e.g. the email Facebook pre-fills) is kept and shown in the confirm summary; so it is when the page lets nobody
 * change the field ({@link ReadOnlyField}). A value longer than the field takes is found before typing
 * ({@link LengthLimit}).
 */
final class FillExecutor implements StepExecutor<Fill> {

    private final RunValues values;
    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final FieldWriter writer;
    private final Outbox outbox;
    private final ReadOnlyField readOnly;
    private final LengthLimit lengthLimit;
    private final FormParts parts;

    FillExecutor(RunValues values, TargetFinder finder, StepTimeouts timeouts, Effects effects, FieldWriter writer,
                 Outbox outbox, LengthLimit lengthLimit, FormParts parts) {
        this.values = values;
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.writer = writer;
        this.outbox = outbox;
        this.readOnly = new ReadOnlyField(values, outbox);
        this.lengthLimit = lengthLimit;
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
        Optional<FieldState> state = seen.field(step.target());
        if (state.isPresent() && state.get().isFixed()) {
            return readOnly.keep(step, match, label, state.get(), value);
        }
        if (value.isEmpty()) {
            outbox.record(new FilledField(step.target(), label, FilledField.Kind.KEPT, Optional.empty(), "", input,
                    values.mentionsPersonal(step.value()), ""));
            return StepResult.skipped(Optional.of(match), "no value given for " + step.value().raw()
                    + "; the page's own value is kept");
        }
        Optional<LengthLimit.Over> over = state.flatMap(s -> LengthLimit.check(label, value.get(), input, s));
        if (over.isEmpty()) {
            FilledField field = field(step, label, value.get(), input);
            return effects.write(Optional.of(match), "type " + field.quotedUnlessMasked() + " into '" + label + "'",
                    field, () -> writer.fill(step, field, seen));
        }
        lengthLimit.requireSomeoneToAsk(over.get());
        FilledField asGiven = field(step, label, value.get(), input);
        return effects.write(Optional.of(match), LengthLimit.wouldAsk(over.get()) + " type it into '" + label + "'",
                asGiven, () -> {
                    String shortened = lengthLimit.askToShorten(over.get());
                    // The shortened text is the input's value from now on: a later step using it sends the same.
                    input.ifPresent(spec -> values.set(spec.name(), shortened));
                    FilledField field = input.isPresent() ? field(step, label, shortened, input)
                            : shortenedText(step, label, shortened);
                    // A fresh look: the page may have changed while the person read the question.
                    return writer.fill(step, field).withNote("shortened by you to "
                            + ShortenedText.length(shortened) + " characters: " + over.get().problem());
                });
    }

    /** The field holding {@code value}, the step's value as the run's inputs make it now. */
    private FilledField field(Fill step, String label, String value, Optional<InputSpec> input) {
        boolean personal = values.givenPersonal(step.value());
        String masked = personal ? values.masked(step.value()).orElseThrow() : value;
        return new FilledField(step.target(), label, FilledField.Kind.TEXT, Optional.of(value), value, input,
                personal, masked);
    }

    /** A value mixing text and inputs, shortened: its parts are no longer known, so it is masked as a whole. */
    private FilledField shortenedText(Fill step, String label, String value) {
        boolean personal = values.givenPersonal(step.value());
        return new FilledField(step.target(), label, FilledField.Kind.TEXT, Optional.of(value), value,
                Optional.empty(), personal, personal ? Redaction.maskOnPage(Optional.empty(), value) : value);
    }
}
