package dev.optout.engine;

import dev.optout.report.RunRecord;
import dev.optout.report.StepStatus;

/**
 * A finished run: the record that became {@code run.json}, and the facts the exit code needs beyond its outcome.
 *
 * @param browserClosed the person closed the browser during the run
 */
public record RunResult(RunRecord record, boolean browserClosed) {

    /** Whether any step failed (in a dry run: a required target was missing). */
    public boolean anyStepFailed() {
        return record.steps().stream().anyMatch(s -> s.status() == StepStatus.FAILED);
    }
}
