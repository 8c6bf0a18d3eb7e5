package dev.optout.engine;

import dev.optout.pack.Interrupt;
import dev.optout.pack.Step;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pack's handlers for overlays that may appear at any moment, such as a cookie dialog over a half-filled form.
 * Modelled on Playwright's {@code page.addLocatorHandler}: before each step and each action, every handler whose
 * overlay shows is run (its click, after the same origin check as any click, or its key), and the overlay must then
 * go away. A step that names an overlay's targets itself deals with it, so no handler runs during it. Nothing is
 * ever clicked through an overlay with JavaScript: what no handler knows stays, and the person is told.
 */
final class Interrupts {

    /** How much of the element that covers a target an error quotes: enough to recognise it. */
    private static final int COVER_QUOTED = 160;

    private final List<Interrupt> handlers;
    private final TargetFinder finder;
    private final Page page;
    private final OriginGuard origins;
    private final Waiter waiter;
    private final Duration timeout;
    private final List<String> handled = new ArrayList<>();
    private boolean suspended;

    /** @param page the page itself, not the one that calls these handlers before its actions */
    Interrupts(List<Interrupt> handlers, TargetFinder finder, Page page, OriginGuard origins, Waiter waiter,
               Duration timeout) {
        this.handlers = List.copyOf(handlers);
        this.finder = finder;
        this.page = page;
        this.origins = origins;
        this.waiter = waiter;
        this.timeout = timeout;
    }

    /** Before a step: handles what shows, unless the step deals with an overlay itself (then not during it). */
    void beforeStep(Step step) {
        suspended = handlers.stream().anyMatch(h -> h.targets().stream().anyMatch(step.targets()::contains));
        handleShowing();
    }

    /** Runs the handler of every overlay that shows now; whether any ran. */
    boolean handleShowing() {
        if (suspended || handlers.isEmpty()) {
            return false;
        }
        boolean any = false;
        // One look for every overlay (the step's own look when nothing changed the page since); once a handler acted,
        // the page is asked again.
        Look seen = finder.look(handlers.stream().map(Interrupt::when).distinct().toList(), false);
        for (Interrupt handler : handlers) {
            if (any ? finder.now(handler.when()).isPresent() : seen.match(handler.when()).isPresent()) {
                handle(handler);
                any = true;
            }
        }
        return any;
    }

    /**
     * An action was intercepted by an element over its target: handled when a handler's overlay shows (the caller
     * then retries once); otherwise the same problem, saying that nothing handles what covers the target.
     */
    Optional<ElementCoveredException> afterCovered(ElementCoveredException covered) {
        if (handleShowing()) {
            return Optional.empty();
        }
        String cover = covered.cover().map(c -> "the target is covered by " + c)
                .orElseGet(() -> coverOf(covered.getMessage()));
        return Optional.of(new ElementCoveredException(cover + ", which "
                + (handlers.isEmpty() ? "no interrupt of the pack handles" : "none of the pack's interrupts ("
                + handlers.stream().map(Interrupt::toString).collect(Collectors.joining("; ")) + ") handles")
                + "; optout never clicks through an overlay, so close it in the browser or give the pack an interrupt "
                + "for it", covered.cover().orElse(null), covered));
    }

    /** What the handlers did since the last call, for the step's record. */
    List<String> drainHandled() {
        List<String> done = List.copyOf(handled);
        handled.clear();
        return done;
    }

    private void handle(Interrupt handler) {
        String overlay = "'" + handler.when() + "'";
        if (handler.click().isPresent()) {
            String button = handler.click().get();
            // The overlay may still be building its buttons, or go away by itself meanwhile (then: nothing to do).
            Optional<Match> match = waiter.until("'" + button + "' of the overlay " + overlay + " to appear", timeout,
                    () -> finder.now(handler.when()).isEmpty() ? Optional.of(Optional.<Match>empty())
                            : finder.now(button).map(Optional::of));
            if (match.isEmpty()) {
                return;
            }
            origins.requireAllowed("click");
            page.click(match.get().element());
        } else {
            origins.requireAllowed("press a key");
            page.press(Optional.empty(), handler.press().orElseThrow());
        }
        String action = handler.click().map(t -> "clicked '" + t + "'")
                .orElseGet(() -> "pressed " + handler.press().orElseThrow());
        waiter.until(overlay + " to go away after optout " + action, timeout,
                () -> finder.now(handler.when()).isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty());
        handled.add("the overlay " + overlay + " showed: " + action);
    }

    /**
     * What covers the target, as the browser says it when the page could not: ChromeDriver ends its message with
     * "Other element would receive the click: <div …>".
     */
    static String coverOf(String message) {
        String marker = "Other element would receive the click: ";
        int at = message == null ? -1 : message.indexOf(marker);
        if (at < 0) {
            return "another element covers the target";
        }
        String element = message.substring(at + marker.length()).strip();
        return "the target is covered by " + (element.length() > COVER_QUOTED
                ? element.substring(0, COVER_QUOTED) + "…" : element);
    }
}
