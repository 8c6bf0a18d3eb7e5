package dev.optout.browser;

import dev.optout.pack.Target;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Sleeper;

/**
 * The page port on Selenium. Each call goes to {@link WebPage} once, and every Selenium exception it throws leaves
 * as the port's own, translated by {@link SeleniumFaults}.
 */
final class SeleniumPage implements Page {

    private final WebPage web;
    private final Duration pageLoadTimeout;

    SeleniumPage(WebPage web, Duration pageLoadTimeout) {
        this.web = web;
        this.pageLoadTimeout = pageLoadTimeout;
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
    public Optional<Match> find(Target target, String language) {
        return call(() -> web.find(target, language).map(SeleniumPage::port));
    }

    @Override
    public Look look(List<Target> targets, String language, boolean describe) {
        return call(() -> {
            WebLook seen = web.look(targets, language, describe);
            return new Look(seen.url(), seen.language(), targets.stream().map(Target::name).toList(),
                    seen.matches().stream().map(m -> m.map(SeleniumPage::port)).toList(), seen.fields());
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
        run(() -> web.click(selenium(element)));
    }

    @Override
    public void type(Element element, String text) {
        run(() -> web.type(selenium(element), text));
    }

    @Override
    public void chooseOption(Element element, String optionValue) {
        run(() -> web.chooseOption(selenium(element), optionValue));
    }

    @Override
    public void check(Element element) {
        run(() -> web.check(selenium(element)));
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
    public byte[] screenshot() {
        return call(web::screenshot);
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
