package dev.optout.page;

/** A JavaScript alert, confirm or prompt is open, so the page takes no command until the person answers it. */
public final class DialogOpenException extends PageException {

    public DialogOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
