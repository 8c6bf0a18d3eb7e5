package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.ElementStaleException;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before a confirm and again right before a send, reads every filled field back from the page. A page can re-render
 * and drop what was typed; such a field is written again, and if it still does not hold, the run stops without
 * sending.
 */
final class ReadBack {

    private static final int REFILL_ROUNDS = 2;

    private final TargetFinder finder;
    private final Page page;
    private final FieldWriter writer;
    private final Outbox outbox;

    ReadBack(TargetFinder finder, Page page, FieldWriter writer, Outbox outbox) {
        this.finder = finder;
        this.page = page;
        this.writer = writer;
        this.outbox = outbox;
    }

    void ensureValuesStillOnPage(Step step) {
        for (int round = 0; ; round++) {
            List<FilledField> wrong = mismatches();
            if (wrong.isEmpty()) {
                return;
            }
            if (round == REFILL_ROUNDS) {
                throw new StepFailedException("the page kept changing " + labels(wrong) + " after optout filled "
                        + (wrong.size() == 1 ? "it" : "them") + "; nothing was sent",
                        wrong.stream().map(FilledField::target).toList());
            }
            for (FilledField field : wrong) {
                writer.write(step, field);
            }
        }
    }

    /**
     * The pending fields with the values the page holds now: a kept field with what the page filled in (or nothing),
     * a typed one with what it reads back; a chosen option as written (the read-back just proved it is chosen).
     */
    List<FilledField> asOnPage() {
        return outbox.pending().stream().map(this::asOnPage).toList();
    }

    private FilledField asOnPage(FilledField field) {
        if (field.kind() == FilledField.Kind.OPTION) {
            return field;
        }
        try {
            String held = finder.now(field.target()).map(match -> page.describe(match.element()).value()).orElse("");
            return field.holding(held == null ? "" : held);
        } catch (ElementStaleException replacedMeanwhile) {
            return field;
        }
    }

    private List<FilledField> mismatches() {
        List<FilledField> wrong = new ArrayList<>();
        for (FilledField field : outbox.pending()) {
            if (field.kind() != FilledField.Kind.KEPT && !holds(field)) {
                wrong.add(field);
            }
        }
        return wrong;
    }

    private boolean holds(FilledField field) {
        Optional<Match> match = finder.now(field.target());
        try {
            return match.isPresent() && FieldWriter.holds(page.describe(match.get().element()), field);
        } catch (ElementStaleException replacedMeanwhile) {
            return false;
        }
    }

    private static String labels(List<FilledField> fields) {
        return fields.stream().map(f -> "'" + f.label() + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
