package dev.optout.browser;

import java.time.Duration;

/** The page did not finish loading in time; no field on it was touched. */
public final class PageLoadTimeoutException extends RuntimeException {

    public PageLoadTimeoutException(String url, Duration timeout) {
        super("page did not load in " + timeout.toSeconds() + " s: " + url);
    }
}
