package dev.optout.engine;

import dev.optout.browser.FieldState;
import dev.optout.browser.Match;
import dev.optout.pack.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Before a confirm and again right before a send, reads every filled field back from the page. A page can re-render
 * and drop what was typed; such a field is written again, and if it still does not hold, the run stops without
 * sending.
 */
final class ReadBack {

    private static final int REFILL_ROUNDS = 2;

    private final FieldWriter writer;

    ReadBack(FieldWriter writer) {
        this.writer = writer;
    }

    void ensureValuesStillOnPage(Step step, RunContext context) {
        for (int round = 0; ; round++) {
            List<FilledField> wrong = mismatches(context);
            if (wrong.isEmpty()) {
                return;
            }
            if (round == REFILL_ROUNDS) {
                throw new StepFailedException("the page kept changing " + labels(wrong) + " after optout filled "
                        + (wrong.size() == 1 ? "it" : "them") + "; nothing was sent");
            }
            for (FilledField field : wrong) {
                writer.write(step, context, field);
            }
        }
    }

    private static List<FilledField> mismatches(RunContext context) {
        List<FilledField> wrong = new ArrayList<>();
        for (FilledField field : context.pending()) {
            if (field.kind() == FilledField.Kind.KEPT) {
                continue;
            }
            Optional<Match> match = context.finder.now(field.target());
            boolean holds = match.isPresent() && Waiter.once(() -> {
                try {
                    FieldState state = context.page.describe(match.get().element());
                    return FieldWriter.holds(state, field);
                } catch (StaleElementReferenceException replacedMeanwhile) {
                    return false;
                }
            });
            if (!holds) {
                wrong.add(field);
            }
        }
        return wrong;
    }

    private static String labels(List<FilledField> fields) {
        return fields.stream().map(f -> "'" + f.label() + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
