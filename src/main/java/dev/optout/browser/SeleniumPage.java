package dev.optout.browser;

import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.Element;
import dev.optout.page.ElementFacts;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Observation;
import dev.optout.page.PagePrompt;
import dev.optout.page.RequiredField;
import dev.optout.page.PageSignals;
import dev.optout.page.ElementStaleException;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import dev.optout.page.PageException;
import dev.optout.page.Search;
import dev.optout.page.TrafficMark;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Sleeper;

/**
 * The page port on Selenium. Each call goes to {@link WebPage} once, and every Selenium exception it throws leaves
 * as the port's own, translated by {@link SeleniumFaults}.
 */
final class SeleniumPage implements Page {

    private final WebPage web;
    private final Duration pageLoadTimeout;
    private final OwnTabs tabs;
    private final Optional<BidiTraffic> bidi;

    /**
     * @param tabs told of every tab the tool follows, so that an attached session closes it at the end
     * @param bidi the tab's requests as the browser reports them, when the session listens to them; else the page's
     *             Resource Timing tells what left
     */
    SeleniumPage(WebPage web, Duration pageLoadTimeout, OwnTabs tabs, Optional<BidiTraffic> bidi) {
        this.web = web;
        this.pageLoadTimeout = pageLoadTimeout;
        this.tabs = tabs;
        this.bidi = bidi;
    }

    @Override
    public String url() {
        return call(web::url);
    }

    @Override
    public String language() {
        return call(web::language);
    }

    @Override
    public void open(String url) {
        try {
            web.open(url);
        } catch (WebDriverException e) {
            throw SeleniumFaults.duringLoad(e, pageLoadTimeout);
        }
    }

    @Override
    public Search search(Target target, String language) {
        return call(() -> {
            List<BrokenLocator> broken = new ArrayList<>();
            Optional<Match> match = web.search(target, language, broken).map(SeleniumPage::port);
            return new Search(match, broken);
        });
    }

    @Override
    public Look look(List<Target> targets, String language, boolean describe) {
        return call(() -> {
            WebLook seen = web.look(targets, language, describe);
            return new Look(seen.url(), seen.language(), targets.stream().map(Target::name).toList(),
                    seen.matches().stream().map(m -> m.map(SeleniumPage::port)).toList(), seen.fields(),
                    seen.broken());
        });
    }

    private static Match port(dev.optout.browser.Match found) {
        return new Match(found.target(), new SeleniumElement(found.element()), found.locator(), found.described());
    }

    @Override
    public FieldState describe(Element element) {
        return call(() -> web.describe(selenium(element)));
    }

    @Override
    public String textOf(Element element) {
        return call(() -> web.textOf(selenium(element)));
    }

    @Override
    public void click(Element element) {
        act(element, () -> web.click(selenium(element)));
    }

    @Override
    public String urlOf(Element element) {
        return call(() -> web.urlOf(selenium(element)));
    }

    @Override
    public void clear(Element element) {
        act(element, () -> web.clear(selenium(element)));
    }

    @Override
    public void append(Element element, String keys) {
        act(element, () -> web.append(selenium(element), keys));
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        act(element, () -> web.chooseOption(selenium(element), optionValue));
    }

    @Override
    public void press(Optional<Element> element, String keyName) {
        run(() -> web.press(element.map(SeleniumPage::selenium), keyName));
    }

    @Override
    public void highlight(Element element, String badge) {
        run(() -> web.highlight(selenium(element), badge));
    }

    @Override
    public Optional<String> openDialogText() {
        return call(web::openDialogText);
    }

    @Override
    public Set<String> tabs() {
        return call(web::tabs);
    }

    @Override
    public void followTab(String tab) {
        run(() -> web.switchToTab(tab));
        tabs.followed(tab);
    }

    @Override
    public void expectSend() {
        bidi.ifPresent(BidiTraffic::listenSoon);
    }

    /**
     * The browser refuses a script an element that a navigation or a re-render took away; then none of the watched
     * elements is passed, and the form counts as gone (a form partly re-rendered is looked at afresh on the next
     * observation, the stale element having been replaced).
     */
    @Override
    public Observation observe(List<Element> watched, Optional<TrafficMark> since) {
        if (since.isEmpty()) {
            // A mark for a send to come: from now on the browser reports every request as it leaves.
            bidi.ifPresent(BidiTraffic::listen);
        }
        Observation seen;
        try {
            seen = call(() -> ObservedSignals.from(web.signals(watched.stream().map(SeleniumPage::selenium).toList(),
                    since)));
        } catch (ElementStaleException gone) {
            Observation without = call(() -> ObservedSignals.from(web.signals(List.of(), since)));
            PageSignals signals = without.signals();
            seen = new Observation(new PageSignals(signals.messages(), signals.fieldMessages(), signals.dialogs(),
                    signals.headings(), signals.openFields(), new PageSignals.FormState(watched.size(), 0, 0)),
                    without.mark(), without.traffic());
        }
        if (since.isEmpty() || bidi.isEmpty() || !bidi.get().listening()) {
            return seen;
        }
        return new Observation(seen.signals(), seen.mark(),
                bidi.get().since(since.get().epochMillis()).joining(seen.traffic()));
    }

    @Override
    public List<RequiredField> requiredEmptyFields(List<Element> formFields) {
        return call(() -> web.requiredEmptyFields(formFields.stream().map(SeleniumPage::selenium).toList()).stream()
                .map(raw -> new RequiredField(new SeleniumElement((WebElement) raw.get("element")), text(raw, "name"),
                        text(raw, "type"), text(raw, "autocomplete"), Boolean.TRUE.equals(raw.get("typable"))))
                .toList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PagePrompt> prompts() {
        return call(() -> web.prompts().stream().map(raw -> new PagePrompt(Boolean.TRUE.equals(raw.get("dialog")),
                text(raw, "heading"), text(raw, "text"),
                ((List<Map<String, Object>>) raw.getOrDefault("buttons", List.of())).stream()
                        .map(b -> new PagePrompt.Button(new SeleniumElement((WebElement) b.get("element")),
                                text(b, "name"), Boolean.TRUE.equals(b.get("submit")))).toList(),
                ((List<Object>) raw.getOrDefault("fields", List.of())).stream().map(String::valueOf).toList(),
                Boolean.TRUE.equals(raw.get("frame")), Boolean.TRUE.equals(raw.get("codeInput")))).toList());
    }

    @Override
    public byte[] screenshot() {
        return call(web::screenshot);
    }

    @Override
    public List<PageElement> elements() {
        return call(() -> web.elements().stream().map(SeleniumPage::pageElement).toList());
    }

    @Override
    public boolean locatesOnly(Locator locator, String language, Element element) {
        return call(() -> web.locatesOnly(locator, language, selenium(element)));
    }

    @Override
    public ElementFacts facts(Element element) {
        return call(() -> {
            Map<String, Object> raw = new java.util.HashMap<>(web.facts(selenium(element)));
            raw.put("element", selenium(element));
            return pageElement(raw).facts();
        });
    }

    @Override
    public void startPicker() {
        run(web::startPicker);
    }

    @Override
    public Optional<PageElement> takePicked() {
        return call(() -> web.takePicked().map(picked -> {
            Map<String, Object> facts = new java.util.HashMap<>(web.facts(picked));
            facts.put("element", picked);
            return pageElement(facts);
        }));
    }

    private static PageElement pageElement(Map<String, Object> raw) {
        ElementFacts facts = new ElementFacts(text(raw, "tag"), text(raw, "role"), text(raw, "name"),
                text(raw, "label"), text(raw, "type"), text(raw, "nameAttribute"), text(raw, "testId"),
                text(raw, "placeholder"), text(raw, "text"), Boolean.TRUE.equals(raw.get("inBanner")),
                text(raw, "title"), text(raw, "nearText"));
        return new PageElement(new SeleniumElement((org.openqa.selenium.WebElement) raw.get("element")), facts);
    }

    private static String text(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        return value == null ? "" : value.toString();
    }

    /** The pause Selenium's own waits take; the engine's wait loop is the only caller. */
    @Override
    public void pause(Duration duration) {
        try {
            Sleeper.SYSTEM_SLEEPER.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageException("interrupted while waiting for the page", e);
        }
    }

    /** An action on an element; when something covers it, the exception says what, as the page shows it. */
    private void act(Element element, Runnable command) {
        try {
            command.run();
        } catch (ElementClickInterceptedException e) {
            throw new ElementCoveredException(SeleniumFaults.firstLine(e), coverOf(element).orElse(null), e);
        } catch (WebDriverException e) {
            throw SeleniumFaults.translate(e);
        }
    }

    private Optional<String> coverOf(Element element) {
        try {
            return web.coverOf(selenium(element));
        } catch (WebDriverException e) {
            // The page changed again meanwhile; the browser's own words will have to do.
            return Optional.empty();
        }
    }

    private static org.openqa.selenium.WebElement selenium(Element element) {
        return ((SeleniumElement) element).webElement();
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (WebDriverException e) {
            throw SeleniumFaults.translate(e);
        }
    }

    private static void run(Runnable command) {
        call(() -> {
            command.run();
            return null;
        });
    }
}
