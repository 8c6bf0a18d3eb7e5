package dev.optout.engine;

import dev.optout.browser.CountryOptions;
import dev.optout.browser.FieldState;
import dev.optout.browser.Match;
import dev.optout.pack.InputType;
import dev.optout.pack.Step;
import java.util.Optional;

/**
 * Puts a value into a field and proves it is there, retrying while the page re-renders. Shared by the fill and
 * select steps and by the read-back that refills a field a page has reset. Each attempt replaces the whole value,
 * so a retry never doubles what was typed.
 */
final class FieldWriter {

    Match write(Step step, RunContext context, FilledField field) {
        return context.waiter.until("'" + field.target() + "' to hold its value", context.timeout(step), () -> {
            Optional<Match> match = context.finder.now(field.target());
            if (match.isEmpty()) {
                return Optional.empty();
            }
            context.requireAllowedOrigin("type");
            FieldState state = context.page.describe(match.get().element());
            requireTypable(field, state);
            if (field.kind() == FilledField.Kind.OPTION) {
                context.page.chooseOption(match.get().element(), field.value().orElseThrow());
            } else {
                context.page.type(match.get().element(), field.value().orElseThrow());
            }
            return holds(context.page.describe(match.get().element()), field) ? match : Optional.empty();
        });
    }

    /** Whether the field on the page still holds what was written (pages may re-render and drop values). */
    static boolean holds(FieldState state, FilledField field) {
        String expected = field.value().orElse("");
        if (field.kind() == FilledField.Kind.OPTION) {
            return state.selectedOption().map(o -> o.value().equals(expected)).orElse(false);
        }
        return normalise(state.value()).equals(normalise(expected));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    private static void requireTypable(FilledField field, FieldState state) {
        if (state.isForbiddenForTyping()) {
            throw new SafetyAbortException("target '" + field.target() + "' is a " + state.type() + " input; optout "
                    + "never types into password, hidden or file inputs");
        }
        if (field.kind() == FilledField.Kind.OPTION ? !state.isSelect() : !state.acceptsText()) {
            throw new StepFailedException("target '" + field.target() + "' is a <" + state.tag() + "> that cannot "
                    + (field.kind() == FilledField.Kind.OPTION ? "choose an option" : "take text")
                    + "; the pack's locator may point at the wrong element");
        }
    }

    /** The option to choose for a value: a country by its names, anything else by option text or value. */
    static Optional<FieldState.Option> optionFor(FieldState state, String value, Optional<InputType> type,
                                                 String language) {
        if (type.orElse(InputType.TEXT) == InputType.COUNTRY) {
            return CountryOptions.find(state.options(), value, language);
        }
        return state.options().stream()
                .filter(o -> o.value().equals(value) || o.text().strip().equalsIgnoreCase(value.strip()))
                .findFirst();
    }
}
