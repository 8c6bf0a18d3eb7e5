package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Before a confirm and again right before a send, reads every filled field back from the page. A page can re-render
 * and drop what was typed; such a field is written again, and if it still does not hold, the run stops without
 * sending.
 */
final class ReadBack {

    private static final int REFILL_ROUNDS = 2;

    private final TargetFinder finder;
    private final FieldWriter writer;
    private final Outbox outbox;

    ReadBack(TargetFinder finder, FieldWriter writer, Outbox outbox) {
        this.finder = finder;
        this.writer = writer;
        this.outbox = outbox;
    }

    /**
     * Every pending field as the page holds it, in one look, with the page's address: the look the step began with
     * when nothing changed the page since (see {@link TargetFinder#look}).
     */
    Look look() {
        return finder.look(pendingTargets(), true);
    }

    /**
     * As {@link #look()}, asked of the browser in any case, and also seeing {@code alsoSee} in the same look: right
     * before a send, with the send target, so that what is clicked is what this look saw.
     */
    Look lookAfresh(List<String> alsoSee) {
        return finder.lookAfresh(seen(alsoSee), true);
    }

    /** The pending fields still on the page: a form in parts no longer shows those of the parts it left. */
    private List<String> pendingTargets() {
        return outbox.onPage().stream().map(FilledField::target).distinct().toList();
    }

    private List<String> seen(List<String> alsoSee) {
        return Stream.concat(pendingTargets().stream(), alsoSee.stream()).distinct().toList();
    }

    /**
     * Proves every filled field still holds its value, starting from {@code seen} (a {@link #look()} just taken);
     * a field the page dropped is written again. Returns the look that found them all holding.
     */
    Look ensureValuesStillOnPage(Step step, Look seen) {
        return ensureValuesStillOnPage(step, seen, List.of());
    }

    /** As {@link #ensureValuesStillOnPage(Step, Look)}, each later look also seeing {@code alsoSee}. */
    Look ensureValuesStillOnPage(Step step, Look seen, List<String> alsoSee) {
        for (int round = 0; ; round++) {
            if (round > 0) {
                seen = finder.look(seen(alsoSee), true);
            }
            List<FilledField> wrong = mismatches(seen);
            if (wrong.isEmpty()) {
                return seen;
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
    List<FilledField> asOnPage(Look seen) {
        return outbox.pending().stream().map(field -> asOnPage(field, seen)).toList();
    }

    private FilledField asOnPage(FilledField field, Look seen) {
        // A part of the form left behind was read when the form moved on; the page holds it out of sight.
        if (field.kind() == FilledField.Kind.OPTION || outbox.isLeftBehind(field.target())) {
            return field;
        }
        String held = seen.field(field.target()).map(FieldState::value).orElse("");
        return field.holding(held == null ? "" : held);
    }

    private List<FilledField> mismatches(Look seen) {
        List<FilledField> wrong = new ArrayList<>();
        for (FilledField field : outbox.onPage()) {
            if (field.kind() != FilledField.Kind.KEPT
                    && !seen.field(field.target()).map(state -> FieldWriter.holds(state, field)).orElse(false)) {
                wrong.add(field);
            }
        }
        return wrong;
    }

    private static String labels(List<FilledField> fields) {
        return fields.stream().map(f -> "'" + f.label() + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
