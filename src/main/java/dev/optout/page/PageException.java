package dev.optout.page;

/**
 * The page or the browser reported a problem. This class itself stands for one without a more precise name, whose
 * message is the browser's own first line; the subclasses name the problems the engine treats differently.
 */
public class PageException extends RuntimeException {

    public PageException(String message) {
        super(message);
    }

    public PageException(String message, Throwable cause) {
        super(message, cause);
    }
}
