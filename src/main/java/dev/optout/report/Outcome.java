package dev.optout.report;

import java.util.Locale;

/** How a run ended, as written to {@code run.json}. */
public enum Outcome {
    /** Sent, and the page showed the success message. */
    CONFIRMED,
    /** Sent, but no success message appeared: the person must check their email; never resend automatically. */
    UNCONFIRMED,
    /** A dry run walked the whole flow. */
    DRY_RUN,
    /** The person answered no at a confirm step. */
    DECLINED,
    /** A step failed before anything was sent. */
    FAILED,
    /** The run stopped for safety (the page left the allowed hosts) or was interrupted. */
    ABORTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
