package dev.optout.pack;

import java.util.List;
import java.util.Optional;

/**
 * A handler for an overlay that can appear at any moment, such as a cookie dialog that covers the form after the
 * filling started: while the {@code when} target is present, the engine clicks the {@code click} target or presses
 * the {@code press} key (exactly one of the two), then retries what it was doing.
 *
 * @param when  the overlay's target
 * @param click the target that dismisses it
 * @param press the key that dismisses it, a Selenium key name such as {@code Escape}
 */
public record Interrupt(String when, Optional<String> click, Optional<String> press) {

    public Interrupt {
        if (click.isPresent() == press.isPresent()) {
            throw new IllegalArgumentException("an interrupt has exactly one action, click or press");
        }
    }

    public static Interrupt click(String when, String target) {
        return new Interrupt(when, Optional.of(target), Optional.empty());
    }

    public static Interrupt press(String when, String key) {
        return new Interrupt(when, Optional.empty(), Optional.of(key));
    }

    /** The targets this handler looks for and acts on. */
    public List<String> targets() {
        return click.map(target -> List.of(when, target)).orElse(List.of(when));
    }

    @Override
    public String toString() {
        return "when " + when + " present, " + click.map(target -> "click " + target)
                .orElseGet(() -> "press " + press.orElseThrow());
    }
}
