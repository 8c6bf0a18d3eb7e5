package dev.optout.page;

/** The element is there but cannot take the action yet: hidden, disabled, or not scrolled into reach. */
public final class ElementNotInteractableException extends PageNotReadyException {

    public ElementNotInteractableException(String message, Throwable cause) {
        super(message, cause);
    }
}
