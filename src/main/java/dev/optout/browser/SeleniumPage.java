package dev.optout.browser;

import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import dev.optout.page.Search;
import java.time.Duration;
import java.util.ArrayList;
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
    public Search search(Target target, String language) {
        return call(() -> {
            List<BrokenLocator> broken = new ArrayList<>();
            Optional<Match> match = web.search(target, language, broken).map(found -> new Match(found.target(),
                    new SeleniumElement(found.element()), found.locator(), found.described()));
            return new Search(match, broken);
        });
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
    public String urlOf(Element element) {
        return call(() -> web.urlOf(selenium(element)));
    }

    @Override
    public void clear(Element element) {
        run(() -> web.clear(selenium(element)));
    }

    @Override
    public void append(Element element, String keys) {
        run(() -> web.append(selenium(element), keys));
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
