package dev.optout.engine;

import dev.optout.page.Element;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.Page;
import java.util.Optional;

/**
 * The page as the steps act on it: before every action (a click, typing, a choice, a tick, a key) the pack's
 * interrupts handle any overlay that shows, and an action intercepted by an element over its target is retried once
 * after they handled it. What only looks at the page passes straight through, and so does the person's own click in
 * the repair picker, which no interrupt may come between.
 */
final class InterruptingPage extends ForwardingPage {

    private final Interrupts interrupts;

    InterruptingPage(Page page, Interrupts interrupts) {
        super(page);
        this.interrupts = interrupts;
    }

    @Override
    public void click(Element element) {
        act(() -> super.click(element));
    }

    @Override
    public void clear(Element element) {
        act(() -> super.clear(element));
    }

    /** Each chunk of guarded typing: an overlay that shows between two chunks is handled before the next one. */
    @Override
    public void append(Element element, String keys) {
        act(() -> super.append(element, keys));
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        act(() -> super.chooseOption(element, optionValue));
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        act(() -> super.press(element, keyName));
    }

    private void act(Runnable action) {
        interrupts.handleShowing();
        try {
            action.run();
        } catch (ElementCoveredException covered) {
            Optional<ElementCoveredException> unhandled = interrupts.afterCovered(covered);
            if (unhandled.isPresent()) {
                throw unhandled.get();
            }
            try {
                action.run();
            } catch (ElementCoveredException again) {
                throw interrupts.afterCovered(again).orElse(again);
            }
        }
    }
}
