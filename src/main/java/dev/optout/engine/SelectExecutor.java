package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.InputType;
import dev.optout.pack.Step.Select;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.List;
import java.util.Optional;

/**
 * Chooses an option, in whichever widget the page uses today: a {@code <select>}, a radio group, a listbox, a
 * typeahead (the country's name typed in the page language, then the matching option of its list), or a select-only
 * combobox (its list opened, the option clicked, the text it then shows read back). A country is found by its name
 * in the page language, whatever the option values are.
 */
final class SelectExecutor implements StepExecutor<Select> {

    private final RunValues values;
    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final FieldWriter writer;
    private final Typeahead typeahead;
    private final Outbox outbox;
    private final Page page;
    private final RunLanguage language;
    private final SelectOnlyCombobox selectOnly;
    private final FormParts parts;

    SelectExecutor(RunValues values, TargetFinder finder, StepTimeouts timeouts, Effects effects, FieldWriter writer,
                   Typeahead typeahead, Outbox outbox, Page page, RunLanguage language,
                   SelectOnlyCombobox selectOnly, FormParts parts) {
        this.values = values;
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.writer = writer;
        this.typeahead = typeahead;
        this.outbox = outbox;
        this.page = page;
        this.language = language;
        this.selectOnly = selectOnly;
        this.parts = parts;
    }

    @Override
    public StepResult run(Select step) {
        Optional<String> value = values.resolve(step.value());
        if (value.isEmpty()) {
            return StepResult.skipped(Optional.empty(), "no value given for " + step.value().raw());
        }
        FormParts.Reached reached = parts.reach(step, List.of(step.target()));
        return reached.instead().orElseGet(() -> reached.noted(select(step, value.get())));
    }

    private StepResult select(Select step, String given) {
        Optional<InputSpec> input = values.soleInput(step.value());
        Optional<String> value = Optional.of(given);
        Look seen = finder.awaitLook(List.of(step.target()), timeouts.of(step), true);
        Match match = seen.firstMatch().orElseThrow();
        effects.show(step, match);
        FieldState state = seen.field(step.target()).orElseThrow();
        Optional<InputType> type = input.map(InputSpec::type);
        if (state.isTypeahead()) {
            return typeIn(step, match, value.get(), input);
        }
        // A list that renders only some of its options may hold the wanted one out of sight: it is opened to find it.
        if (state.isSelectOnly() && (state.options().isEmpty()
                || OptionPicker.pick(state.options(), value.get(), type, language.current()).isEmpty())) {
            Optional<String> shown = shownAlready(state, value.get(), type);
            if (shown.isPresent()) {
                FilledField field = field(step, shown.get(), shown.get(), value.get(), input);
                return effects.write(Optional.of(match), "choose " + field.quotedUnlessMasked() + " in '"
                        + field.label() + "'", field, () -> writer.fill(step, field, seen));
            }
            return openThenChoose(step, match, value.get(), input);
        }
        FieldState.Option option = OptionPicker.pick(state.options(), value.get(), type, language.current())
                .orElseThrow(() -> new StepFailedException(noOption(value.get(), type, state, language.current())));
        FilledField field = chosen(step, state, option, value.get(), input);
        String inWords = "choose " + field.quotedUnlessMasked() + " in '" + field.label() + "'";
        return effects.write(Optional.of(match), inWords, field, () -> writer.fill(step, field, seen));
    }

    /**
     * A select-only combobox whose page renders its list only while it is open says what it offers only then: live,
     * it is opened (once) to choose; a dry run says what it would do.
     */
    private StepResult openThenChoose(Select step, Match match, String value, Optional<InputSpec> input) {
        Optional<InputType> type = input.map(InputSpec::type);
        String lang = language.current();
        String label = finder.humanName(step.target());
        return effects.perform(Optional.of(match), "open '" + label + "' and choose the option for "
                + (values.givenPersonal(step.value()) ? "your value" : wanted(value, type, lang)), () -> {
                    FieldState open = selectOnly.showing(step.target(), label, timeouts.of(step),
                            searches(value, type, lang), offered -> OptionPicker.pick(offered, value, type, lang),
                            wanted(value, type, lang));
                    FieldState.Option option = OptionPicker.pick(open.options(), value, type, lang).orElseThrow();
                    return writer.fill(step, chosen(step, open, option, value, input));
                });
    }

    /**
     * What a closed select-only combobox shows, when it is the value's text (a country's name in the page language
     * or in English): chosen already, so its list need not be opened to find out what it offers.
     */
    private Optional<String> shownAlready(FieldState state, String value, Optional<InputType> type) {
        List<String> texts = type.orElse(InputType.TEXT) == InputType.COUNTRY
                ? searches(value, type, language.current()) : List.of(value);
        return texts.stream().filter(text -> Typeahead.shows(state.value(), text)).findFirst()
                .map(text -> state.value().strip());
    }

    /** What the widget is to hold: a select-only combobox the chosen option's text, which it shows; else its value. */
    private FilledField chosen(Select step, FieldState state, FieldState.Option option, String value,
                               Optional<InputSpec> input) {
        return field(step, state.isSelectOnly() ? option.text().strip() : option.value(), option.text(), value, input);
    }

    /**
     * A typeahead offers nothing until something is typed, so what it will offer is known only live; a dry run says
     * what it would type. The field then holds the chosen option's text, which the read-back compares.
     */
    private StepResult typeIn(Select step, Match match, String value, Optional<InputSpec> input) {
        Optional<InputType> type = input.map(InputSpec::type);
        String lang = language.current();
        List<String> searches = searches(value, type, lang);
        boolean personal = values.givenPersonal(step.value());
        String search = personal ? Redaction.maskOnPage(input, searches.get(0)) : "\"" + searches.get(0) + "\"";
        String label = finder.humanName(step.target());
        return effects.perform(Optional.of(match), "type " + search + " into '" + label + "' and choose the option "
                + "that matches", () -> {
                    FieldState.Option chosen = typeahead.choose(step, step.target(), searches,
                            offered -> OptionPicker.pick(offered, value, type, lang), wanted(value, type, lang));
                    outbox.record(field(step, chosen.text(), chosen.text(), value, input));
                    return StepResult.done(finder.now(step.target()).orElse(match));
                });
    }

    /** What to type to find the value: a country's name in the page language, then in English; else the value. */
    private static List<String> searches(String value, Optional<InputType> type, String language) {
        if (type.orElse(InputType.TEXT) != InputType.COUNTRY) {
            return List.of(value);
        }
        return List.of(CountryOptions.displayName(value, language), CountryOptions.displayName(value, "en"))
                .stream().distinct().toList();
    }

    /** @param optionValue what the widget is to hold: the option's value, or for a typeahead the text it shows */
    private FilledField field(Select step, String optionValue, String optionText, String value,
                              Optional<InputSpec> input) {
        boolean country = input.map(InputSpec::type).orElse(InputType.TEXT) == InputType.COUNTRY;
        String shownValue = country ? optionText.strip() + " (" + value + ")" : optionText.strip();
        boolean personal = values.givenPersonal(step.value());
        return new FilledField(step.target(), finder.humanName(step.target()), FilledField.Kind.OPTION,
                Optional.of(optionValue), shownValue, input, personal,
                personal ? Redaction.maskOnPage(input, shownValue) : shownValue);
    }

    private static String wanted(String value, Optional<InputType> type, String language) {
        return type.orElse(InputType.TEXT) == InputType.COUNTRY
                ? value + " (" + String.join(" / ", CountryOptions.namesOf(value, language)) + ")" : "'" + value + "'";
    }

    private static String noOption(String value, Optional<InputType> type, FieldState state, String language) {
        return "no option for " + wanted(value, type, language) + " in the list; it offers "
                + SelectOnlyCombobox.named(state.options());
    }
}
