package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.LocalizedText;
import dev.optout.pack.Masking;
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
    private final DefaultLanguageNotice englishDefaults;

    RunValues(Pack pack, Map<String, String> given, RunLanguage language, Person person) {
        this.pack = pack;
        this.given = new HashMap<>(given);
        this.language = language;
        this.englishDefaults = new DefaultLanguageNotice(person);
    }

    Optional<InputSpec> spec(String name) {
        return pack.input(name);
    }

    /**
     * An input's value: the person's, else the pack's default for the page language (its English one, said once,
     * when it has none in that language).
     */
    Optional<String> input(String name) {
        String value = given.get(name);
        if (value != null) {
            return Optional.of(value);
        }
        String current = language.current();
        Optional<LocalizedText> defaults = pack.input(name).flatMap(InputSpec::defaults);
        defaults.ifPresent(d -> englishDefaults.using(name, d, current));
        return defaults.flatMap(d -> d.in(current));
    }

    void set(String name, String value) {
        given.put(name, value);
    }

    Optional<String> resolve(ValueTemplate template) {
        return template.resolve(this::input);
    }

    /**
     * The value as outputs show it: each reference to a personal input the person gave masked, the pack's own text
     * and every other reference as they are, e.g. {@code Contact me at c***@e***.test. I… (40 chars)}.
     */
    Optional<String> masked(ValueTemplate template) {
        return template.resolve(name -> input(name).map(value -> isGivenPersonal(name)
                ? Masking.forDisplay(pack.input(name).orElseThrow(), value) : value));
    }

    /** Whether a value may carry personal data once the page fills it: it refers to a personal input. */
    boolean mentionsPersonal(ValueTemplate template) {
        return template.references().stream().anyMatch(name -> pack.input(name).map(InputSpec::personal)
                .orElse(false));
    }

    private boolean isGivenPersonal(String name) {
        return given.containsKey(name) && pack.input(name).map(InputSpec::personal).orElse(false);
    }

    /** Whether a value carries the person's own data: it uses a personal input that they gave. */
    boolean givenPersonal(ValueTemplate template) {
        return template.references().stream().anyMatch(this::isGivenPersonal);
    }

    /** Whether the person gave any input the value uses (a pack's default or its own text is not theirs). */
    boolean givenByPerson(ValueTemplate template) {
        return template.references().stream().anyMatch(given::containsKey);
    }

    /** The input a value consists of, when it is a single reference such as {@code ${email}}. */
    Optional<InputSpec> soleInput(ValueTemplate template) {
        return template.soleReference().flatMap(pack::input);
    }
}
