package dev.optout.page;

import java.util.Optional;

/** Another element (an overlay, a dialog) lies over the element, so a click would land on that one instead. */
public final class ElementCoveredException extends PageNotReadyException {

    private final String cover;

    public ElementCoveredException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param cover the element that lies over it, as a person would recognise it, e.g. {@code <div role="dialog"> "Tip"} */
    public ElementCoveredException(String message, String cover, Throwable cause) {
        super(message, cause);
        this.cover = cover;
    }

    /** What lies over the element, when the page could tell. */
    public Optional<String> cover() {
        return Optional.ofNullable(cover);
    }
}
