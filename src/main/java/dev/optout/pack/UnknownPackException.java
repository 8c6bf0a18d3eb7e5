package dev.optout.pack;

/** A pack id or file that names no pack; the message says which ones exist. */
public final class UnknownPackException extends RuntimeException {

    public UnknownPackException(String message) {
        super(message);
    }
}
