package dev.optout.page;

/** The person closed the tab or the browser during the run: a normal ending with its own exit code. */
public final class BrowserClosedException extends PageException {

    public BrowserClosedException(Throwable cause) {
        super("the browser was closed", cause);
    }
}
