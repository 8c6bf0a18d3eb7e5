package dev.optout.engine;

import dev.optout.browser.CountryOptions;
import dev.optout.browser.FieldState;
import dev.optout.browser.Match;
import dev.optout.pack.InputSpec;
import dev.optout.pack.InputType;
import dev.optout.pack.Step.Select;
import java.util.Optional;
import java.util.stream.Collectors;

/** Chooses an option. A country is found by its name in the page language, whatever the option values are. */
final class SelectExecutor implements StepExecutor<Select> {

    private final FieldWriter writer;

    SelectExecutor(FieldWriter writer) {
        this.writer = writer;
    }

    @Override
    public StepResult run(Select step, RunContext context) {
        Optional<InputSpec> input = context.soleInput(step.value());
        Optional<String> value = context.resolve(step.value());
        if (value.isEmpty()) {
            return StepResult.skipped("no value given for " + step.value().raw());
        }
        Match match = context.finder.await(step.target(), context.timeout(step));
        context.show(step, match);
        FieldState state = Waiter.once(() -> context.page.describe(match.element()));
        Optional<InputType> type = input.map(InputSpec::type);
        FieldState.Option option = FieldWriter.optionFor(state, value.get(), type, context.language())
                .orElseThrow(() -> new StepFailedException(noOption(value.get(), type, state, context.language())));
        String label = context.finder.humanName(step.target());
        String shownValue = type.orElse(InputType.TEXT) == InputType.COUNTRY
                ? option.text().strip() + " (" + value.get() + ")" : option.text().strip();
        FilledField field = new FilledField(step.target(), label, FilledField.Kind.OPTION,
                Optional.of(option.value()), shownValue, input, context.givenPersonal(step.value()));
        if (context.dryRun()) {
            return StepResult.wouldDo(match, "would choose " + FillExecutor.quoteUnlessMasked(field,
                    Redaction.shown(field)) + " in '" + label + "'");
        }
        Match chosen = writer.write(step, context, field);
        context.recordFilled(field);
        return StepResult.done(chosen);
    }

    private static String noOption(String value, Optional<InputType> type, FieldState state, String language) {
        String wanted = type.orElse(InputType.TEXT) == InputType.COUNTRY
                ? value + " (" + String.join(" / ", CountryOptions.namesOf(value, language)) + ")" : "'" + value + "'";
        String offered = state.options().stream().limit(8).map(o -> "'" + o.text().strip() + "'")
                .collect(Collectors.joining(", "));
        return "no option for " + wanted + " in the list; it offers " + offered
                + (state.options().size() > 8 ? " and " + (state.options().size() - 8) + " more" : "");
    }
}
