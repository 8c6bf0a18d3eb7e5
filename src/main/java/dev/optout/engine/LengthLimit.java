package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.page.FieldState;
import java.util.Locale;
import java.util.Optional;

/**
 * A value longer than its field takes is found before a single key is typed: the field's own limit (its
 * {@code maxlength}, or the counter a React textbox shows) or the pack input's {@code max-length}, whichever is
 * smaller. Typing it anyway would leave the page holding a cut the person never saw, or (where a page cuts by
 * script) a field that never holds its value. A person at their own terminal, who can read the shortened text in
 * full, chooses to send it shortened or to stop; nobody else is asked, and the run stops before typing.
 */
final class LengthLimit {

    private final Person person;
    private final boolean attended;

    /** @param attended whether a person can read the shortened text in full and answer: at their own terminal */
    LengthLimit(Person person, boolean attended) {
        this.person = person;
        this.attended = attended;
    }

    /**
     * A value over its limit: the limit, where it comes from, and the value cut to fit.
     *
     * @param byField whether the page's field sets the limit (else the pack's input does)
     */
    record Over(String label, Optional<InputSpec> input, String value, int limit, boolean byField,
                ShortenedText shortened) {

        int length() {
            return ShortenedText.length(value);
        }

        /** E.g. {@code 'Reason' takes at most 500 characters, and the reason is 2,340 characters long}. */
        String problem() {
            String limitSource = byField ? "'" + label + "' takes" : "the pack accepts";
            return limitSource + " at most " + count(limit) + " characters, and " + what() + " is " + count(length())
                    + " characters long";
        }

        private String what() {
            return input.map(i -> "the " + i.name()).orElse("the text for it");
        }

        /** How to give a value that fits, as one clause. */
        String shorterOne() {
            return input.map(i -> "give a shorter " + i.name() + " (--set " + i.name() + "=…, at most " + count(limit)
                    + " characters)").orElse("shorten the pack's text for it to at most " + count(limit)
                    + " characters");
        }
    }

    /** The value's problem with its limits, or empty when it fits. */
    static Optional<Over> check(String label, String value, Optional<InputSpec> input, FieldState state) {
        int byField = state.limits().maxLength();
        int byPack = input.map(InputSpec::maxLength).orElse(0);
        int limit = byField > 0 && (byPack <= 0 || byField <= byPack) ? byField : byPack;
        if (limit <= 0 || ShortenedText.length(value) <= limit) {
            return Optional.empty();
        }
        return Optional.of(new Over(label, input, value, limit, limit == byField,
                ShortenedText.of(value, limit)));
    }

    /**
     * Throws unless somebody can be asked, so that an unattended run stops before typing with the sentence that
     * names the field, its limit, the value's length and the fix.
     */
    void requireSomeoneToAsk(Over over) {
        if (!attended || !person.canAnswer()) {
            throw new StepFailedException(over.problem() + "; nothing was typed. To send it, " + over.shorterOne()
                    + ", or run at your own terminal without --yes to shorten it when asked");
        }
    }

    /** What a dry run says it would do. */
    static String wouldAsk(Over over) {
        return "ask you whether to shorten it to " + count(over.shortened().length()) + " characters ("
                + over.problem() + "), then";
    }

    /**
     * Shows the shortened text in full and asks; returns it when the person takes it.
     *
     * @throws DeclinedException when they do not: the run stops, nothing typed or sent
     */
    String askToShorten(Over over) {
        ShortenedText cut = over.shortened();
        String question = over.problem().substring(0, 1).toUpperCase(Locale.ROOT) + over.problem().substring(1)
                + ". Cut " + cut.cut().inWords() + ", it has " + count(cut.length()) + " characters and reads:\n\n"
                + indented(cut.text()) + "\n\nType this shortened text instead? (No stops here: nothing is typed or "
                + "sent.)";
        if (!person.confirm(question)) {
            throw new DeclinedException("you chose not to shorten '" + over.label() + "' to its limit of "
                    + count(over.limit()) + " characters; nothing was typed or sent. To send it, "
                    + over.shorterOne());
        }
        return cut.text();
    }

    private static String indented(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
