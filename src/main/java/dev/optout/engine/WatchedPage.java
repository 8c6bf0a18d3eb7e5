package dev.optout.engine;

import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import dev.optout.page.Search;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page as a run uses it, counting the commands after which it may have changed: every action, a highlight,
 * and a pause (time passed, the page went on). While the count stands, a look taken a moment ago still shows the
 * page as it is, and {@link TargetFinder} need not ask the browser again.
 */
final class WatchedPage implements Page {

    private final Page page;
    private long changes;

    WatchedPage(Page page) {
        this.page = page;
    }

    /** How many commands that may change the page were sent so far. */
    long changes() {
        return changes;
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
        changes++;
        page.open(url);
    }

    @Override
    public Search search(Target target, String language) {
        return page.search(target, language);
    }

    @Override
    public Optional<Match> find(Target target, String language) {
        return page.find(target, language);
    }

    @Override
    public String urlOf(Element element) {
        return page.urlOf(element);
    }

    @Override
    public Look look(List<Target> targets, String language, boolean describe) {
        return page.look(targets, language, describe);
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
    public void click(Element element) {
        changes++;
        page.click(element);
    }

    @Override
    public void clear(Element element) {
        changes++;
        page.clear(element);
    }

    @Override
    public void append(Element element, String keys) {
        changes++;
        page.append(element, keys);
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        changes++;
        page.chooseOption(element, optionValue);
    }

    @Override
    public void check(Element element) {
        changes++;
        page.check(element);
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        changes++;
        page.press(element, keyName);
    }

    @Override
    public void highlight(Element element, String badge) {
        changes++;
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

    /** Another tab is another page. */
    @Override
    public void followTab(String tab) {
        changes++;
        page.followTab(tab);
    }

    @Override
    public List<PageElement> elements() {
        return page.elements();
    }

    @Override
    public boolean locatesOnly(Locator locator, String language, Element element) {
        return page.locatesOnly(locator, language, element);
    }

    /** The picker goes into the page, and the person may click anything while it is there. */
    @Override
    public void startPicker() {
        changes++;
        page.startPicker();
    }

    @Override
    public Optional<PageElement> takePicked() {
        changes++;
        return page.takePicked();
    }

    @Override
    public byte[] screenshot() {
        return page.screenshot();
    }

    @Override
    public void pause(Duration duration) {
        changes++;
        page.pause(duration);
    }
}
