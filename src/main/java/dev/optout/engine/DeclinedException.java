package dev.optout.engine;

/** The person said no at a confirm step: a normal ending, nothing was sent. */
public final class DeclinedException extends RuntimeException {

    public DeclinedException(String message) {
        super(message);
    }
}
