package dev.optout.cli;

import dev.optout.pack.Countries;
import dev.optout.pack.InputSpec;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import java.util.function.Function;

/**
 * One thing to ask the person: how to ask it, whether an answer is required, and how to read one. The reader
 * returns the value, or throws {@link Refused} with the reason, which the person is told before being asked again.
 *
 * @param name      what error messages call it, e.g. {@code country}
 * @param prompt    what the person reads, e.g. "Country where you live"
 * @param required  an empty answer is refused; otherwise Enter skips the question
 * @param onEnter   what Enter does for a question that is not required, e.g. "Enter skips"
 * @param howToGive how to give it without being asked, for the message when no answer comes
 */
record Question<T>(String name, String prompt, boolean required, String onEnter, String howToGive,
                   Function<String, T> reader) {

    private static final String SKIPS = "Enter skips";

    /** A refused answer, and why. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    static <T> Question<T> required(String name, String prompt, String howToGive, Function<String, T> reader) {
        return new Question<>(name, prompt, true, SKIPS, howToGive, reader);
    }

    /** A pack input: read and checked as {@code --set} would check it (countries by code, name or alias). */
    static Question<String> forInput(InputSpec spec) {
        return new Question<>(spec.name(), spec.label(), spec.required(), SKIPS, "--set " + spec.name() + "=VALUE",
                raw -> {
                    try {
                        return InputValidator.validateOne(spec, raw);
                    } catch (InvalidInputException e) {
                        throw new Refused(String.join("; ", e.problems()));
                    }
                });
    }

    /** Where the person lives: an ISO code, a name in one of the forms' languages, or an alias such as UK. */
    static Question<String> country() {
        return required("country", "Which country do you live in? Its name or ISO code (e.g. Germany, DE, UK)",
                "--country XX", raw -> Countries.resolve(raw).orElseThrow(() ->
                        new Refused("country: " + Countries.unknown(raw))));
    }

    /** What the brackets after the prompt say. */
    String hint() {
        return required ? "required" : "optional: " + onEnter;
    }

    Question<T> withPrompt(String text) {
        return new Question<>(name, text, required, onEnter, howToGive, reader);
    }

    /** The same question, not required: Enter does {@code whatEnterDoes}. */
    Question<T> optional(String whatEnterDoes) {
        return new Question<>(name, prompt, false, whatEnterDoes, howToGive, reader);
    }
}
