package dev.optout.engine;

import dev.optout.pack.InputType;
import dev.optout.pack.LocalizedText;
import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Step;
import dev.optout.pack.Target;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.RequiredField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form's required fields that no step of the pack fills, found before the person's yes: a send without them
 * would only be refused. A "confirm email" field takes the email the form already holds; for any other the person
 * at the terminal is asked by the page's own label, and the answer is typed in (personal: masked wherever shown).
 * With nobody to ask, the run stops before sending and names them.
 */
final class UnknownRequiredFields {

    /** How a label, an autocomplete hint or a type says "email", in the pack languages and beyond. */
    private static final Pattern SAYS_EMAIL = Pattern.compile("e-?mail|courriel|correo|posta elettronica",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What became of the required fields: filled ones, and those nobody could fill. */
    record Settled(List<String> filled, List<String> unfilled) {
        boolean changedThePage() {
            return !filled.isEmpty();
        }
    }

    private final Page page;
    private final TargetFinder finder;
    private final FieldWriter writer;
    private final Outbox outbox;
    private final Person person;
    private final boolean assumeYes;
    private final RunLanguage language;

    UnknownRequiredFields(Page page, TargetFinder finder, FieldWriter writer, Outbox outbox, Person person,
                          boolean assumeYes, RunLanguage language) {
        this.page = page;
        this.finder = finder;
        this.writer = writer;
        this.outbox = outbox;
        this.person = person;
        this.assumeYes = assumeYes;
        this.language = language;
    }

    /**
     * Finds the required empty fields of the form around the pending fields as {@code proved} saw them, and fills
     * what it may.
     */
    Settled settle(Step step, Look proved) {
        List<FilledField> pending = outbox.pending();
        List<Element> known = pending.stream().map(f -> proved.match(f.target())).flatMap(Optional::stream)
                .map(Match::element).toList();
        if (known.isEmpty()) {
            return new Settled(List.of(), List.of());
        }
        List<RequiredField> required = page.requiredEmptyFields(known).stream().filter(RequiredField::typable)
                .toList();
        Optional<FilledField> email = pending.stream().filter(UnknownRequiredFields::isEmailField).findFirst();
        List<String> filled = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        for (RequiredField field : required) {
            String label = field.name().isBlank() ? "a field without a label (" + field.type() + ")" : field.name();
            // Found first, asked second: nobody is asked for a value optout could not type in.
            Optional<Target> target = targetFor(field);
            if (target.isEmpty()) {
                unfilled.add(label + " (optout cannot point at it)");
                continue;
            }
            Optional<String> value = email.filter(e -> saysEmail(field))
                    .flatMap(e -> valueOnPage(e, proved)).or(() -> askFor(label));
            if (value.isEmpty()) {
                unfilled.add(label);
                continue;
            }
            boolean sameAsEmail = email.isPresent() && saysEmail(field);
            finder.adopt(target.get());
            String masked = Redaction.maskOnPage(sameAsEmail ? email.get().input() : Optional.empty(), value.get());
            writer.fill(step, new FilledField(target.get().name(), label, FilledField.Kind.TEXT, value,
                    value.get(), sameAsEmail ? email.get().input() : Optional.empty(), true, masked));
            filled.add(label + (sameAsEmail ? " (the email again)" : ""));
        }
        return new Settled(filled, unfilled);
    }

    /** The sentence that stops a run before its send, naming the fields nobody filled. */
    static String stopping(List<String> unfilled, boolean nobodyToAsk) {
        String names = unfilled.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return "The page requires " + names + ", which the pack does not fill" + (nobodyToAsk
                ? ", and nobody is here to ask: optout stopped before sending. Nothing was sent; run it again at a "
                + "terminal (without --yes) to be asked for " + (unfilled.size() == 1 ? "it" : "them")
                : ", and no value was given: optout stopped before sending. Nothing was sent");
    }

    /** Whether nobody may be asked: under --yes, or once the terminal's input has ended. */
    boolean nobodyToAsk() {
        return assumeYes || !person.canAnswer();
    }

    private Optional<String> askFor(String label) {
        if (nobodyToAsk()) {
            return Optional.empty();
        }
        return person.ask("The page also requires \"" + label + "\", which the pack does not fill. Type it here "
                + "(it is sent with the form; an empty line stops before sending)").map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    /** A locator that finds this field and no other: by its role and name, else by its label. */
    private Optional<Target> targetFor(RequiredField field) {
        if (field.name().isBlank()) {
            return Optional.empty();
        }
        LocalizedText name = LocalizedText.of(field.name());
        List<Locator> candidates = List.of(Locator.role("textbox", name),
                new Locator(LocatorKind.LABEL, name, Optional.empty()));
        return candidates.stream().filter(l -> page.locatesOnly(l, language.current(), field.element())).findFirst()
                .map(l -> new Target("the page's field " + field.name(), List.of(l)));
    }

    /** A field the pack fills with the person's email: its input is an email, or its label says so. */
    private static boolean isEmailField(FilledField field) {
        return field.input().map(i -> i.type() == InputType.EMAIL).orElse(false)
                || SAYS_EMAIL.matcher(field.label()).find();
    }

    /** A "confirm email" field: its label, autocomplete hint or type says email. */
    static boolean saysEmail(RequiredField field) {
        return field.type().toLowerCase(Locale.ROOT).equals("email") || field.autocomplete().contains("email")
                || SAYS_EMAIL.matcher(field.name()).find();
    }

    /** The email as the page holds it now: what the pack typed, or what the page filled in itself. */
    private static Optional<String> valueOnPage(FilledField email, Look proved) {
        return proved.field(email.target()).map(FieldState::value).filter(v -> v != null && !v.isBlank())
                .or(() -> email.value().filter(v -> !v.isBlank()));
    }
}
