package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.InputType;
import dev.optout.pack.Step.Fill;
import dev.optout.page.FieldState;
import dev.optout.page.Match;
import java.util.Locale;
import java.util.Optional;

/**
 * A field the page shows but lets nobody change: {@code readonly} or {@code aria-readonly}, {@code disabled} or
 * {@code aria-disabled}, as Meta shows the logged-in account's email. It is never typed into (a browser refuses the
 * keys anyway). What the page holds is what is sent and what the proof records; when the person gave a value of
 * their own that differs, the confirmation says theirs cannot be used here. Empty while the form needs it, the run
 * stops before anything is sent: nothing optout may do could fill it.
 */
final class ReadOnlyField {

    private final RunValues values;
    private final Outbox outbox;

    ReadOnlyField(RunValues values, Outbox outbox) {
        this.values = values;
        this.outbox = outbox;
    }

    /** The page's own value is kept for the next send, in a live run and a dry run alike. */
    StepResult keep(Fill step, Match match, String label, FieldState state, Optional<String> value) {
        Optional<InputSpec> input = values.soleInput(step.value());
        String onPage = state.value() == null ? "" : state.value().strip();
        String why = state.limits().readOnly() ? "read-only" : "disabled";
        if (onPage.isEmpty() && (state.limits().required() || input.map(InputSpec::required).orElse(false))) {
            throw new StepFailedException("'" + label + "' is " + why + " on this page and empty, and the form needs "
                    + "it: optout types nothing into a " + why + " field, so this form cannot be sent as the page "
                    + "shows it");
        }
        boolean personal = values.mentionsPersonal(step.value());
        boolean yoursUnused = values.givenByPerson(step.value()) && value.isPresent()
                && !same(value.get(), onPage, input);
        outbox.record(new FilledField(step.target(), label, FilledField.Kind.KEPT, Optional.empty(), "", input,
                personal, "", yoursUnused));
        String kept = onPage.isEmpty() ? "nothing" : personal ? Redaction.maskOnPage(input, onPage)
                : "\"" + onPage + "\"";
        return StepResult.skipped(Optional.of(match), "'" + label + "' is " + why + " on the page: optout types "
                + "nothing into it, and the page sends its own value, " + kept
                + (yoursUnused ? "; yours cannot be used here" : ""));
    }

    /** Whether the page already holds the person's value: an email's case does not matter, nor outer space. */
    private static boolean same(String yours, String onPage, Optional<InputSpec> input) {
        boolean email = input.map(i -> i.type() == InputType.EMAIL).orElse(false);
        String a = yours.strip();
        return email ? a.toLowerCase(Locale.ROOT).equals(onPage.toLowerCase(Locale.ROOT)) : a.equals(onPage);
    }
}
