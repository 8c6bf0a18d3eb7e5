package dev.optout.pack;

import java.util.List;
import java.util.Optional;

/**
 * A value the person supplies (or a default supplies) and the steps use as {@code ${name}}.
 *
 * @param label      what the prompt and the confirm summary call it, e.g. "Email address"
 * @param personal   masked in every log, prompt summary and report
 * @param maxLength  longest accepted value, in characters; 0 means the type's own limit
 * @param pattern    a regular expression the whole value must match, or empty
 * @param defaults   a default value, possibly one per page language; empty when there is none
 * @param choices    the accepted values for {@link InputType#CHOICE}; empty otherwise
 */
public record InputSpec(
        String name,
        InputType type,
        boolean required,
        boolean personal,
        String label,
        int maxLength,
        Optional<String> pattern,
        Optional<LocalizedText> defaults,
        List<String> choices) {

    public InputSpec {
        choices = List.copyOf(choices);
    }
}
