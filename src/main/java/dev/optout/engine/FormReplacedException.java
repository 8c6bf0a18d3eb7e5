package dev.optout.engine;

/**
 * The element a send was to act on is gone from the page between the read-back that proved the values and the click
 * or key press: the page re-rendered the form (React re-mounting it) and the new one may hold none of the values.
 * Nothing reached the page, so the send gate reads the form back again (writing what it lost) before trying once more.
 */
final class FormReplacedException extends RuntimeException {

    FormReplacedException(String message) {
        super(message);
    }
}
