package dev.optout.engine;

import dev.optout.pack.InputType;
import dev.optout.page.FieldState;
import java.util.List;
import java.util.Optional;

/** The option to choose for a value, among what a widget offers: a country by its names, else by text or value. */
final class OptionPicker {

    private OptionPicker() {
    }

    static Optional<FieldState.Option> pick(List<FieldState.Option> offered, String value, Optional<InputType> type,
                                            String language) {
        if (type.orElse(InputType.TEXT) == InputType.COUNTRY) {
            return CountryOptions.find(offered, value, language);
        }
        return offered.stream()
                .filter(o -> o.value().equals(value) || o.text().strip().equalsIgnoreCase(value.strip()))
                .findFirst();
    }
}
