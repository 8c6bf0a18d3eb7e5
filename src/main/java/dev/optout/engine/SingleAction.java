package dev.optout.engine;

import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Acting on a widget once and reading back what it did, for the steps that change a choice: the wait loop only finds
 * the target and reads it; the action itself is never inside it. Repeating a click on every look of the wait loop
 * toggles a checkbox as often as the page is looked at, and leaves it in whatever state the count's parity gives.
 */
final class SingleAction {

    /** The target as one look found it, with the state of the field it is. */
    record Reading(Match match, FieldState state) {

        Element element() {
            return match.element();
        }
    }

    private final TargetFinder finder;
    private final Waiter waiter;

    SingleAction(TargetFinder finder, Waiter waiter) {
        this.finder = finder;
        this.waiter = waiter;
    }

    /** The target and its state, waiting for it to be on the page. */
    Reading read(String target, Duration timeout) {
        return waiter.until("target '" + target + "' to be readable", timeout, () -> readNow(target));
    }

    /**
     * Does {@code action} on the target exactly once. It is tried again only when the page says it never reached the
     * element (re-rendered away, covered, not yet usable): an action that went through returns at once.
     *
     * @param what the action in words, for the timeout's message, e.g. {@code a click}
     */
    void perform(String target, String what, Duration timeout, Consumer<Element> action) {
        perform(target, () -> finder.now(target), what, timeout, action);
    }

    /** As {@link #perform(String, String, Duration, Consumer)}, first on the element just read, then found afresh. */
    void perform(String target, Reading justRead, String what, Duration timeout, Consumer<Element> action) {
        perform(target, finder.thenAfresh(justRead.match()), what, timeout, action);
    }

    private void perform(String target, Supplier<Optional<Match>> found, String what, Duration timeout,
                         Consumer<Element> action) {
        waiter.until("'" + target + "' to take " + what, timeout, () -> found.get().map(match -> {
            action.accept(match.element());
            return match;
        }));
    }

    /**
     * The target once its state is as {@code wanted} says, read back within {@code within}; empty when it did not get
     * there in that time (or the target went away).
     */
    Optional<Reading> awaitState(String target, String what, Duration within, Predicate<FieldState> wanted) {
        try {
            return Optional.of(waiter.until(what, within, () -> readNow(target).filter(r -> wanted.test(r.state()))));
        } catch (WaitTimeoutException notThere) {
            return Optional.empty();
        }
    }

    /** Whether the target is on the page now. */
    boolean present(String target) {
        return finder.now(target).isPresent();
    }

    private Optional<Reading> readNow(String target) {
        Look seen = finder.look(List.of(target), true);
        return seen.match(target).flatMap(match -> seen.field(target).map(state -> new Reading(match, state)));
    }
}
