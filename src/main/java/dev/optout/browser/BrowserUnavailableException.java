package dev.optout.browser;

/** No browser or driver could be started. The message is one sentence that says how to fix it. */
public final class BrowserUnavailableException extends RuntimeException {

    public BrowserUnavailableException(String message) {
        super(message);
    }

    public BrowserUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
