package dev.optout.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack file that cannot be used; carries every error found in it, one line each. */
public final class InvalidPackException extends RuntimeException {

    private final transient List<PackError> errors;

    public InvalidPackException(List<PackError> errors) {
        super(errors.stream().map(PackError::toLine).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid pack needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<PackError> errors() {
        return errors;
    }
}
