package dev.optout.cli;

import dev.optout.engine.RunListener;
import dev.optout.pack.Step;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Prints each step as it finishes, one short line (step, what, status, time; at most {@value #WIDTH} columns), and a
 * line every few seconds while a long wait goes on. The locator that matched and the step's note follow under
 * {@code --verbose}; a failed step's note always follows, since it says what went wrong.
 */
final class ConsoleProgress implements RunListener {

    static final int WIDTH = 100;
    private static final int STATUS_WIDTH = 8;
    private static final String INDENT = "        ";

    private final PrintWriter out;
    private final boolean verbose;
    private final Colours colours;
    private String description = "";

    ConsoleProgress(PrintWriter out, boolean verbose, Colours colours) {
        this.out = out;
        this.verbose = verbose;
        this.colours = colours;
    }

    @Override
    public void stepStarted(Step step, int stepCount, String description) {
        this.description = description;
    }

    @Override
    public void stepFinished(StepRecord step, int stepCount) {
        String width = String.valueOf(String.valueOf(stepCount).length());
        String counter = String.format("[%" + width + "d/%d]", step.n(), stepCount);
        String time = String.format("%5.1f s", step.ms() / 1000.0);
        int room = WIDTH - counter.length() - STATUS_WIDTH - time.length() - 3;
        String status = String.format("%-" + STATUS_WIDTH + "s", step.status().jsonName());
        out.println(counter + " " + colours.of(step.status(), status) + " "
                + String.format("%-" + room + "s", fit(description, room)) + " " + time);
        if (verbose) {
            step.matched().ifPresent(m -> out.println(INDENT + "via " + m));
        }
        if (verbose || step.status() == StepStatus.FAILED) {
            step.note().ifPresent(n -> out.println(INDENT + n));
        }
        out.flush();
    }

    @Override
    public void stillWaiting(String what, Duration elapsed, Duration limit) {
        out.println(INDENT + fit("… still waiting for " + what + " (" + elapsed.toSeconds() + " s of "
                + limit.toSeconds() + " s)", WIDTH - INDENT.length()));
        out.flush();
    }

    /** The text cut to {@code room} columns, with an ellipsis where it was cut. */
    static String fit(String text, int room) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= room) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, room - 1)) + "…";
    }
}
