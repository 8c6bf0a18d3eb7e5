package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.InputType;
import dev.optout.pack.Step.Select;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Chooses an option. A country is found by its name in the page language, whatever the option values are. */
final class SelectExecutor implements StepExecutor<Select> {

    private static final int OPTIONS_NAMED = 8;

    private final RunValues values;
    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final FieldWriter writer;
    private final RunLanguage language;

    SelectExecutor(RunValues values, TargetFinder finder, StepTimeouts timeouts, Effects effects, FieldWriter writer,
                   RunLanguage language) {
        this.values = values;
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.writer = writer;
        this.language = language;
    }

    @Override
    public StepResult run(Select step) {
        Optional<InputSpec> input = values.soleInput(step.value());
        Optional<String> value = values.resolve(step.value());
        if (value.isEmpty()) {
            return StepResult.skipped(Optional.empty(), "no value given for " + step.value().raw());
        }
        Look seen = finder.awaitLook(List.of(step.target()), timeouts.of(step), true);
        Match match = seen.firstMatch().orElseThrow();
        effects.show(step, match);
        FieldState state = seen.field(step.target()).orElseThrow();
        Optional<InputType> type = input.map(InputSpec::type);
        FieldState.Option option = FieldWriter.optionFor(state, value.get(), type, language.current())
                .orElseThrow(() -> new StepFailedException(noOption(value.get(), type, state, language.current())));
        String label = finder.humanName(step.target());
        String shownValue = type.orElse(InputType.TEXT) == InputType.COUNTRY
                ? option.text().strip() + " (" + value.get() + ")" : option.text().strip();
        FilledField field = new FilledField(step.target(), label, FilledField.Kind.OPTION,
                Optional.of(option.value()), shownValue, input, values.givenPersonal(step.value()));
        String inWords = "choose " + field.quotedUnlessMasked() + " in '" + label + "'";
        return effects.write(Optional.of(match), inWords, field, () -> writer.fill(step, field, seen));
    }

    private static String noOption(String value, Optional<InputType> type, FieldState state, String language) {
        String wanted = type.orElse(InputType.TEXT) == InputType.COUNTRY
                ? value + " (" + String.join(" / ", CountryOptions.namesOf(value, language)) + ")" : "'" + value + "'";
        String offered = state.options().stream().limit(OPTIONS_NAMED).map(o -> "'" + o.text().strip() + "'")
                .collect(Collectors.joining(", "));
        int more = state.options().size() - OPTIONS_NAMED;
        return "no option for " + wanted + " in the list; it offers " + offered
                + (more > 0 ? " and " + more + " more" : "");
    }
}
