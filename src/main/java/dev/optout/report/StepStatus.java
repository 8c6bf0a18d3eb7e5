package dev.optout.report;

import java.util.Locale;

/** What happened to one step. */
public enum StepStatus {
    DONE, WOULD_DO, SKIPPED, FAILED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
