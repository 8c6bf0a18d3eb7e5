package dev.optout.cli;

import dev.optout.report.StepStatus;

/** ANSI colours for a terminal that wants them ({@link Terminal#colour()}), and plain text everywhere else. */
final class Colours {

    private static final String RESET = "\u001b[0m";

    private final boolean on;

    private Colours(boolean on) {
        this.on = on;
    }

    static Colours of(Terminal terminal) {
        return new Colours(terminal.colour());
    }

    static Colours none() {
        return new Colours(false);
    }

    String of(StepStatus status, String text) {
        return switch (status) {
            case DONE -> paint("32", text);
            case WOULD_DO -> paint("36", text);
            case SKIPPED -> paint("2", text);
            case FAILED -> paint("1;31", text);
        };
    }

    String bold(String text) {
        return paint("1", text);
    }

    String error(String text) {
        return paint("31", text);
    }

    private String paint(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
