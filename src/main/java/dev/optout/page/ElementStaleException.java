package dev.optout.page;

/** The element was replaced since it was found (the page re-rendered): find it again. */
public final class ElementStaleException extends PageNotReadyException {

    public ElementStaleException(String message, Throwable cause) {
        super(message, cause);
    }
}
