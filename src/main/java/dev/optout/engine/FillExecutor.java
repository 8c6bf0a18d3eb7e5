package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.pack.InputSpec;
import dev.optout.pack.Step.Fill;
import java.util.Optional;

/**
 * Types a value into a text field. When the value comes from an input the person left empty, the page's own value
 * (e.g. the email Facebook pre-fills) is kept and shown in the confirm summary.
 */
final class FillExecutor implements StepExecutor<Fill> {

    private final FieldWriter writer;

    FillExecutor(FieldWriter writer) {
        this.writer = writer;
    }

    @Override
    public StepResult run(Fill step, RunContext context) {
        Optional<InputSpec> input = context.soleInput(step.value());
        Optional<String> value = context.resolve(step.value());
        Match match = context.finder.await(step.target(), context.timeout(step));
        context.show(step, match);
        String label = context.finder.humanName(step.target());
        if (value.isEmpty()) {
            context.recordFilled(new FilledField(step.target(), label, FilledField.Kind.KEPT,
                    Optional.empty(), "", input, input.map(InputSpec::personal).orElse(false)));
            return StepResult.skipped(match, "no value given for " + step.value().raw()
                    + "; the page's own value is kept");
        }
        FilledField field = new FilledField(step.target(), label, FilledField.Kind.TEXT, value,
                value.get(), input, context.givenPersonal(step.value()));
        String shown = Redaction.shown(field);
        if (context.dryRun()) {
            return StepResult.wouldDo(match, "would type " + quoteUnlessMasked(field, shown) + " into '" + label + "'");
        }
        Match filled = writer.write(step, context, field);
        context.recordFilled(field);
        return StepResult.done(filled);
    }

    static String quoteUnlessMasked(FilledField field, String shown) {
        return field.personal() ? shown : "\"" + shown + "\"";
    }
}
