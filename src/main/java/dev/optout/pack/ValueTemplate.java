package dev.optout.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A step's {@code value:}: literal text with {@code ${input}} references, e.g. {@code ${email}}. */
public record ValueTemplate(String raw) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9_-]*)}");

    /** The input names this value refers to, in order of appearance. */
    public List<String> references() {
        List<String> names = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(raw);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The input this value consists of, when it is exactly one reference such as {@code ${country}}. */
    public Optional<String> soleReference() {
        Matcher matcher = REFERENCE.matcher(raw.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The text with every reference replaced; empty when a referenced input has no value. */
    public Optional<String> resolve(java.util.function.Function<String, Optional<String>> inputs) {
        Matcher matcher = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Optional<String> value = inputs.apply(matcher.group(1));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
    }
}
