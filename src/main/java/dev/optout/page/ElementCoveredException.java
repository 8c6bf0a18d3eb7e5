package dev.optout.page;

/** Another element (an overlay, a dialog) lies over the element, so a click would land on that one instead. */
public final class ElementCoveredException extends PageNotReadyException {

    public ElementCoveredException(String message, Throwable cause) {
        super(message, cause);
    }
}
