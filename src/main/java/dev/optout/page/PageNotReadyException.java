package dev.optout.page;

/**
 * The page is changing under the command: it may work a moment later. Used as such for a script that ran during a
 * navigation or an element a widget does not hold yet; its subclasses name the element problems.
 */
public class PageNotReadyException extends PageException {

    public PageNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
