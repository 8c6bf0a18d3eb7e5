package dev.optout.pack;

import java.util.List;

/** An include that leads back to a pack being loaded: {@code a → b → a}. */
public final class IncludeCycleException extends RuntimeException {

    private final List<String> cycle;

    /** @param cycle the pack ids along the cycle, starting and ending with the same id */
    public IncludeCycleException(List<String> cycle) {
        super("include cycle: " + String.join(" → ", cycle), null, false, false);
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}
