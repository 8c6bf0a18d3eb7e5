package dev.optout.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks the person's values against a pack's inputs before any browser starts. A message about a malformed value
 * shows it as typed: it goes to the person who typed it, at their terminal, and they need to see the mistake
 * (masking is for logs and reports, where a valid value would stay).
 */
public final class InputValidator {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** E.164: a plus, a country code (never starting with 0) and the number, 8 to 15 digits in all. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private InputValidator() {
    }

    /**
     * The validated, normalised values.
     *
     * @throws InvalidInputException listing every problem, one sentence each
     */
    public static InputValues validate(Pack pack, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (InputSpec input : pack.inputs().values()) {
            String raw = given.get(input.name());
            if (raw == null || raw.isBlank()) {
                if (input.required()) {
                    problems.add(input.name() + ": a value is required (" + input.label() + ")");
                }
                continue;
            }
            check(input, raw).ifPresentOrElse(problems::add, () -> values.put(input.name(), normalise(input, raw)));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new InvalidInputException(problems);
        }
        return new InputValues(values, undeclared(pack, given));
    }

    /**
     * One value, e.g. a code the person typed at a prompt, checked and normalised alone.
     *
     * @throws InvalidInputException naming the input and what is wrong
     */
    public static String validateOne(InputSpec input, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(List.of(input.name() + ": a value is required (" + input.label() + ")"));
        }
        Optional<String> problem = check(input, raw);
        if (problem.isPresent()) {
            throw new InvalidInputException(List.of(problem.get()));
        }
        return normalise(input, raw);
    }

    /** A warning for each name given that the pack does not declare: its value is ignored. */
    public static List<String> warnings(Pack pack, Map<String, String> given) {
        return undeclared(pack, given);
    }

    private static List<String> undeclared(Pack pack, Map<String, String> given) {
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(given.keySet())) {
            if (!pack.inputs().containsKey(name)) {
                String close = DidYouMean.closest(name, pack.inputs().keySet())
                        .map(input -> "; did you mean '" + input + "'?").orElse("");
                warnings.add("'" + name + "' is not an input of pack " + pack.id() + " and is ignored" + close
                        + " (its inputs: " + String.join(", ", new TreeSet<>(pack.inputs().keySet())) + ")");
            }
        }
        return warnings;
    }

    private static String normalise(InputSpec input, String raw) {
        String value = raw.strip().replace("\r\n", "\n");
        return switch (input.type()) {
            case COUNTRY -> Countries.resolve(value).orElse(value);
            case EMAIL -> {
                int at = value.lastIndexOf('@');
                yield at < 0 ? value : value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
            }
            case CODE -> value.replaceAll("\\s", "");
            case PHONE -> value.replaceAll("[ -]", "");
            case CHOICE -> input.choices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst().orElse(value);
            case TEXT -> value;
        };
    }

    /** What is wrong with a non-empty value, as a sentence naming the input, or empty when it is fine. */
    private static Optional<String> check(InputSpec input, String raw) {
        String value = normalise(input, raw);
        // As the person typed it, so they recognise their mistake (a phone's spaces still in it).
        String shown = "'" + raw.strip() + "'";
        String name = input.name() + ": ";
        Optional<String> control = controlCharacter(value, input.type() == InputType.TEXT);
        if (control.isPresent()) {
            return Optional.of(name + "contains " + control.get() + "; remove it");
        }
        int length = value.codePointCount(0, value.length());
        int limit = input.maxLength() > 0 ? input.maxLength() : PackBuilder.defaultMaxLength(input.type());
        if (limit > 0 && length > limit) {
            return Optional.of(name + "is " + length + " characters long; at most " + limit + " are accepted");
        }
        switch (input.type()) {
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches() || value.indexOf('@') > 64) {
                    return Optional.of(name + shown + " is not an email address (expected name@example.org)");
                }
            }
            case COUNTRY -> {
                if (Countries.resolve(value).isEmpty()) {
                    return Optional.of(name + Countries.unknown(value));
                }
            }
            case CHOICE -> {
                if (!input.choices().contains(value)) {
                    return Optional.of(name + shown + " is not one of the choices (" + String.join(", ",
                            input.choices()) + ")");
                }
            }
            case PHONE -> {
                if (!PHONE.matcher(value).matches()) {
                    return Optional.of(name + shown + " is not an international phone number (expected + and the "
                            + "country code, then the number: 8 to 15 digits in all, e.g. +49 30 1234567)");
                }
            }
            case TEXT, CODE -> {
            }
        }
        if (input.pattern().isPresent() && !Pattern.compile(input.pattern().get()).matcher(value).matches()) {
            return Optional.of(name + shown + " does not have the expected form " + input.pattern().get()
                    + " (" + input.label() + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> controlCharacter(String value, boolean lineBreaksAllowed) {
        return value.codePoints()
                .filter(c -> Character.getType(c) == Character.CONTROL && !(lineBreaksAllowed && c == '\n'))
                .findFirst()
                .stream().mapToObj(c -> "a control character (U+" + String.format("%04X", c) + ")")
                .findFirst();
    }
}
