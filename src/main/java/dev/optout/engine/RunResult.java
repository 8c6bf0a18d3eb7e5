package dev.optout.engine;

import dev.optout.report.RunRecord;
import dev.optout.report.StepStatus;

/**
 * A finished run: the record that became {@code run.json}, and the facts the exit code needs beyond its outcome.
 *
 * @param browserClosed the person closed the browser during the run
 * @param sentSomething a send reached the page (the browser accepted its click or key), however the run ended: it
 *                      may have reached Meta, so it counts as sent
 */
public record RunResult(RunRecord record, boolean browserClosed, boolean sentSomething) {

    /** Whether any step failed (in a dry run: a required target was missing). */
    public boolean anyStepFailed() {
        return record.steps().stream().anyMatch(s -> s.status() == StepStatus.FAILED);
    }
}
