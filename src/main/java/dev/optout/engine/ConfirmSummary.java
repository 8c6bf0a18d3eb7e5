package dev.optout.engine;

import dev.optout.page.Page;
import java.util.List;

/**
 * What the person reads before the yes: each field that will be sent, its value, and where it goes. Personal values
 * are masked unless the person reads this at their own terminal, where they must be able to check what they send.
 */
final class ConfirmSummary {

    private static final int WIDEST_LABEL = 48;

    private final Outbox outbox;
    private final OriginGuard origins;
    private final TargetFinder finder;
    private final Page page;
    private final boolean valuesInFull;

    ConfirmSummary(Outbox outbox, OriginGuard origins, TargetFinder finder, Page page, boolean valuesInFull) {
        this.outbox = outbox;
        this.origins = origins;
        this.finder = finder;
        this.page = page;
        this.valuesInFull = valuesInFull;
    }

    String text() {
        List<FilledField> fields = outbox.pending();
        if (fields.isEmpty()) {
            return "optout will act on " + origins.sendTarget() + "; no value of yours goes with it.";
        }
        StringBuilder text = new StringBuilder("optout will send this to ").append(origins.sendTarget()).append(':');
        int width = fields.stream().mapToInt(f -> Math.min(f.label().length(), WIDEST_LABEL)).max().orElse(0);
        for (FilledField field : fields) {
            String label = field.label().length() > WIDEST_LABEL
                    ? field.label().substring(0, WIDEST_LABEL - 1) + "…" : field.label();
            text.append("\n  ").append(String.format("%-" + width + "s", label)).append("  ")
                    .append(shownValue(field));
        }
        return text.toString();
    }

    private String shownValue(FilledField field) {
        if (field.kind() != FilledField.Kind.KEPT) {
            return valuesInFull ? field.shownValue() : Redaction.shown(field);
        }
        String onPage = finder.now(field.target()).map(m -> page.describe(m.element()).value()).orElse("");
        if (onPage == null || onPage.isBlank()) {
            return "(left empty)";
        }
        String shown = valuesInFull ? onPage : field.input().map(spec -> Redaction.mask(spec, onPage)).orElse(onPage);
        return shown + " (as the page filled it in)";
    }
}
