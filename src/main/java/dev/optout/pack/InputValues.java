package dev.optout.pack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's values after validation: normalised (country codes in upper case, emails with a lowercase domain),
 * only for inputs the pack declares, and without empty ones.
 *
 * @param warnings names given that the pack does not declare, as sentences; those values were dropped
 */
public record InputValues(Map<String, String> values, List<String> warnings) {

    public InputValues {
        values = Map.copyOf(values);
        warnings = List.copyOf(warnings);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
