package dev.optout.engine;

import dev.optout.pack.Target;
import dev.optout.page.Element;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.FieldState;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.Search;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The page as the steps act on it: before every action (a click, typing, a choice, a tick, a key) the pack's
 * interrupts handle any overlay that shows, and an action intercepted by an element over its target is retried once
 * after they handled it. What only looks at the page passes straight through.
 */
final class InterruptingPage implements Page {

    private final Page page;
    private final Interrupts interrupts;

    InterruptingPage(Page page, Interrupts interrupts) {
        this.page = page;
        this.interrupts = interrupts;
    }

    @Override
    public void click(Element element) {
        act(() -> page.click(element));
    }

    @Override
    public void clear(Element element) {
        act(() -> page.clear(element));
    }

    /** Each chunk of guarded typing: an overlay that shows between two chunks is handled before the next one. */
    @Override
    public void append(Element element, String keys) {
        act(() -> page.append(element, keys));
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        act(() -> page.chooseOption(element, optionValue));
    }

    @Override
    public void check(Element element) {
        act(() -> page.check(element));
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        act(() -> page.press(element, keyName));
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

    @Override
    public String url() {
        return page.url();
    }

    @Override
    public String language() {
        return page.language();
    }

    @Override
    public void open(String url) {
        page.open(url);
    }

    @Override
    public Search search(Target target, String language) {
        return page.search(target, language);
    }

    @Override
    public String urlOf(Element element) {
        return page.urlOf(element);
    }

    @Override
    public FieldState describe(Element element) {
        return page.describe(element);
    }

    @Override
    public String textOf(Element element) {
        return page.textOf(element);
    }

    @Override
    public void highlight(Element element, String badge) {
        page.highlight(element, badge);
    }

    @Override
    public Optional<String> openDialogText() {
        return page.openDialogText();
    }

    @Override
    public Set<String> tabs() {
        return page.tabs();
    }

    @Override
    public void followTab(String tab) {
        page.followTab(tab);
    }

    @Override
    public byte[] screenshot() {
        return page.screenshot();
    }

    @Override
    public void pause(Duration duration) {
        page.pause(duration);
    }
}
