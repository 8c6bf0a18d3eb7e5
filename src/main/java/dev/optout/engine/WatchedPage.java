package dev.optout.engine;

import dev.optout.page.Element;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import java.time.Duration;
import java.util.Optional;

/**
 * The page as a run uses it, counting the commands after which it may have changed: every action, a highlight,
 * a picker (the person may click anything while it is there), another tab, and a pause (time passed, the page went
 * on). While the count stands, a look taken a moment ago still shows the page as it is, and {@link TargetFinder}
 * need not ask the browser again.
 */
final class WatchedPage extends ForwardingPage {

    private long changes;

    WatchedPage(Page page) {
        super(page);
    }

    /** How many commands that may change the page were sent so far. */
    long changes() {
        return changes;
    }

    @Override
    public void open(String url) {
        changes++;
        super.open(url);
    }

    @Override
    public void click(Element element) {
        changes++;
        super.click(element);
    }

    @Override
    public void clear(Element element) {
        changes++;
        super.clear(element);
    }

    @Override
    public void append(Element element, String keys) {
        changes++;
        super.append(element, keys);
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        changes++;
        super.chooseOption(element, optionValue);
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        changes++;
        super.press(element, keyName);
    }

    @Override
    public void highlight(Element element, String badge) {
        changes++;
        super.highlight(element, badge);
    }

    /** Another tab is another page. */
    @Override
    public void followTab(String tab) {
        changes++;
        super.followTab(tab);
    }

    @Override
    public void startPicker() {
        changes++;
        super.startPicker();
    }

    @Override
    public Optional<PageElement> takePicked() {
        changes++;
        return super.takePicked();
    }

    @Override
    public void pause(Duration duration) {
        changes++;
        super.pause(duration);
    }
}
