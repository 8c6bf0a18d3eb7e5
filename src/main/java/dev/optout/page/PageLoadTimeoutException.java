package dev.optout.page;

import java.time.Duration;

/** The page did not finish loading in time; no field on it was touched. */
public final class PageLoadTimeoutException extends PageException {

    public PageLoadTimeoutException(Duration timeout, Throwable cause) {
        super("page did not load in " + timeout.toSeconds() + " s", cause);
    }
}
