package dev.optout.engine;

import dev.optout.pack.InputType;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import java.util.List;

/**
 * What the person reads before the yes: each field that will be sent, its value, and where it goes. Personal values
 * are masked unless the person reads this at their own terminal, where they must be able to check what they send.
 */
final class ConfirmSummary {

    private static final int WIDEST_LABEL = 48;

    private final Outbox outbox;
    private final OriginGuard origins;
    private final ReadBack readBack;
    private final boolean valuesInFull;
    private final RepairLog repairs;

    ConfirmSummary(Outbox outbox, OriginGuard origins, ReadBack readBack, boolean valuesInFull, RepairLog repairs) {
        this.repairs = repairs;
        this.outbox = outbox;
        this.origins = origins;
        this.readBack = readBack;
        this.valuesInFull = valuesInFull;
    }

    /** The summary of the page as it is now. */
    String text() {
        return text(readBack.look());
    }

    /** The summary of the page as {@code seen} (a look at every pending field) saw it, and the run's repairs. */
    String text(Look seen) {
        List<String> repaired = repairs.entries();
        return fields(seen) + (repaired.isEmpty() ? ""
                : "\nRepaired in this run (by you):\n  " + String.join("\n  ", repaired));
    }

    private String fields(Look seen) {
        List<FilledField> fields = outbox.pending();
        String target = origins.sendTargetOf(seen.url());
        if (fields.isEmpty()) {
            return "optout will act on " + target + "; no value of yours goes with it.";
        }
        StringBuilder text = new StringBuilder("optout will send this to ").append(target).append(':');
        int width = fields.stream().mapToInt(f -> Math.min(f.label().length(), WIDEST_LABEL)).max().orElse(0);
        for (FilledField field : fields) {
            String label = field.label().length() > WIDEST_LABEL
                    ? field.label().substring(0, WIDEST_LABEL - 1) + "…" : field.label();
            text.append("\n  ").append(String.format("%-" + width + "s", label)).append("  ")
                    .append(shownValue(field, seen));
        }
        return text.toString();
    }

    private String shownValue(FilledField field, Look seen) {
        if (field.kind() != FilledField.Kind.KEPT) {
            return valuesInFull ? field.shownValue() : Redaction.shown(field);
        }
        // A part of the form left behind (its "Next" clicked) was read as the form moved on.
        String onPage = outbox.isLeftBehind(field.target()) ? field.shownValue()
                : seen.field(field.target()).map(FieldState::value).orElse("");
        if (onPage == null || onPage.isBlank()) {
            return "(left empty)" + (field.yoursUnused() ? "; the page lets nobody change it, so yours cannot be "
                    + "used here" : "");
        }
        String shown = valuesInFull || !field.personal() ? onPage : Redaction.maskOnPage(field.input(), onPage);
        if (field.yoursUnused()) {
            boolean email = field.input().map(i -> i.type() == InputType.EMAIL).orElse(false);
            return "the page sends " + (email ? "the account's address " : "its own value ") + shown
                    + "; yours cannot be used here";
        }
        return shown + " (as the page filled it in)";
    }
}
