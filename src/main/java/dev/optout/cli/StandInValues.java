package dev.optout.cli;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Pack;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Made-up values for a pack's required inputs, for runs that must not need the person's own: the demo (against the
 * replica) and {@code check} (a dry run, which types nothing). Optional values are left to the pack and the page: the
 * objection forms show the account's own email, as for real.
 */
final class StandInValues {

    private static final Map<String, String> BY_NAME = Map.of(
            "first_name", "Alex",
            "last_name", "Example",
            "email", "alex@example.test",
            "phone", "+49 30 1234567",
            "prompts", "Who is Alex Example, and where does Alex live?");

    private StandInValues() {
    }

    /**
     * A stand-in for every required input of {@code pack} that {@code given} lacks, by its name where optout knows it,
     * else by its type; an input of a kind without a sensible stand-in is left out (and asked for as in a run).
     *
     * @param language the page's language: the country is the one whose code it is (DE for de), Ireland for English
     */
    static Map<String, String> forMissing(Pack pack, Map<String, String> given, String language) {
        Map<String, String> values = new LinkedHashMap<>();
        for (InputSpec spec : InputOrder.of(pack)) {
            if (spec.required() && !given.containsKey(spec.name())) {
                of(spec, language).ifPresent(value -> values.put(spec.name(), value));
            }
        }
        return values;
    }

    private static Optional<String> of(InputSpec spec, String language) {
        if (BY_NAME.containsKey(spec.name())) {
            return Optional.of(BY_NAME.get(spec.name()));
        }
        return switch (spec.type()) {
            case COUNTRY -> Optional.of(countryFor(language));
            case EMAIL -> Optional.of(BY_NAME.get("email"));
            case PHONE -> Optional.of(BY_NAME.get("phone"));
            case CHOICE -> spec.choices().stream().findFirst();
            case TEXT -> Optional.of("A made-up text, standing in for yours.");
            case CODE -> Optional.empty();
        };
    }

    private static String countryFor(String language) {
        return language.equals("en") ? "IE" : language.toUpperCase(Locale.ROOT);
    }
}
