package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Pack;
import dev.optout.pack.ValueTemplate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The input values of one run (the person's, else the pack's defaults in the page language), and step values. */
final class RunValues {

    private final Pack pack;
    private final Map<String, String> given;
    private final RunLanguage language;

    RunValues(Pack pack, Map<String, String> given, RunLanguage language) {
        this.pack = pack;
        this.given = new HashMap<>(given);
        this.language = language;
    }

    Optional<InputSpec> spec(String name) {
        return pack.input(name);
    }

    /** An input's value: the person's, else the pack's default for the page language. */
    Optional<String> input(String name) {
        String value = given.get(name);
        if (value != null) {
            return Optional.of(value);
        }
        return pack.input(name).flatMap(InputSpec::defaults).flatMap(d -> d.in(language.current()));
    }

    void set(String name, String value) {
        given.put(name, value);
    }

    Optional<String> resolve(ValueTemplate template) {
        return template.resolve(this::input);
    }

    /** Whether a value carries the person's own data: it uses a personal input that they gave. */
    boolean givenPersonal(ValueTemplate template) {
        return template.references().stream()
                .anyMatch(name -> given.containsKey(name) && pack.input(name).map(InputSpec::personal).orElse(false));
    }

    /** The input a value consists of, when it is a single reference such as {@code ${email}}. */
    Optional<InputSpec> soleInput(ValueTemplate template) {
        return template.soleReference().flatMap(pack::input);
    }
}
