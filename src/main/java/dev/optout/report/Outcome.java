package dev.optout.report;

import java.util.Locale;

/**
 * How a run ended, as written to {@code run.json}. After a send, exactly one of {@link #CONFIRMED}, {@link #REFUSED},
 * {@link #FAILED} and {@link #SENT_UNCONFIRMED}, judged from what left the browser and what the page did.
 */
public enum Outcome {
    /** Sent, and Meta's page confirmed it: its confirmation text, or a form replaced by an answer. */
    CONFIRMED,
    /**
     * Meta's page refused the send before anything was accepted (its field messages, a dialog still waiting, or
     * nothing left the browser): nothing counts as sent, and the person may correct it and run again.
     */
    REFUSED,
    /** A request left the browser and came back as an error (an error status, or an error message after the click). */
    FAILED,
    /** A request left and came back, but no confirmation was recognised: it counts as sent; never resend. */
    SENT_UNCONFIRMED,
    /** A live run walked every step of a pack that sent nothing. */
    DONE,
    /** A dry run walked the whole flow. */
    DRY_RUN,
    /** The person answered no at a confirm step. */
    DECLINED,
    /** A step could not be done before anything was sent. */
    STOPPED,
    /** The run stopped for safety (the page left the allowed hosts) or was interrupted. */
    ABORTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
