package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.report.StepRecord;
import java.time.Duration;

/** Progress, step by step, for the console or a test. */
public interface RunListener {

    RunListener SILENT = new RunListener() {
    };

    default void stepStarted(Step step, int stepCount, String description) {
    }

    default void stepFinished(StepRecord record, int stepCount) {
    }

    /** A target was missing: the page's outline (no values in it), which {@code --verbose} prints. */
    default void pageOutline(String outline) {
    }

    /** Called every few seconds during a long wait, e.g. for the person to log in. */
    default void stillWaiting(String what, Duration elapsed, Duration limit) {
    }
}
