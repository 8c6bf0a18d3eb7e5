package dev.optout.cli;

import dev.optout.engine.RunListener;
import dev.optout.pack.Step;
import dev.optout.report.StepRecord;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints each step as it finishes, and a line every few seconds while a long wait goes on. */
final class ConsoleProgress implements RunListener {

    private final PrintWriter out;
    private String description = "";

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void stepStarted(Step step, int stepCount, String description) {
        this.description = description;
    }

    @Override
    public void stepFinished(StepRecord step, int stepCount) {
        String width = String.valueOf(String.valueOf(stepCount).length());
        StringBuilder line = new StringBuilder(String.format("[%" + width + "d/%d] %-8s %s", step.n(), stepCount,
                step.status().jsonName(), description));
        step.matched().ifPresent(m -> line.append("  via ").append(m));
        step.note().ifPresent(n -> line.append("  — ").append(n));
        line.append(String.format("  (%.1f s)", step.ms() / 1000.0));
        out.println(line);
        out.flush();
    }

    @Override
    public void stillWaiting(String what, Duration elapsed, Duration limit) {
        out.printf("  … still waiting for %s (%d s of %d s)%n", what, elapsed.toSeconds(), limit.toSeconds());
        out.flush();
    }
}
