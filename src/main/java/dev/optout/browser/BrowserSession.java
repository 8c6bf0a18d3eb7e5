package dev.optout.browser;

import dev.optout.page.Page;
import java.time.Duration;
import org.openqa.selenium.WebDriver;

/**
 * A browser driven by the tool. Closing it ends what the tool started: the whole browser when the tool launched it,
 * only the tool's own tab when it attached to the person's browser.
 */
public final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final WebPage page;
    private final Page pagePort;
    private final Runnable ending;
    private final boolean attached;

    BrowserSession(WebDriver driver, Duration pageLoadTimeout) {
        this(driver, pageLoadTimeout, OwnTabs.NOT_COUNTED, () -> quitQuietly(driver), false);
    }

    private BrowserSession(WebDriver driver, Duration pageLoadTimeout, OwnTabs tabs, Runnable ending,
                           boolean attached) {
        this.driver = driver;
        this.page = new WebPage(driver);
        this.pagePort = new SeleniumPage(page, pageLoadTimeout, tabs);
        this.ending = ending;
        this.attached = attached;
    }

    /** A session in the person's browser: its end closes the tool's tab and every tab the tool followed. */
    static BrowserSession attached(WebDriver driver, Duration pageLoadTimeout, AttachedTab tab) {
        return new BrowserSession(driver, pageLoadTimeout, tab, tab::close, true);
    }

    /** The tool's tab as the engine walks it: the page port, which reports trouble in its own exceptions. */
    public Page pagePort() {
        return pagePort;
    }

    /** The tool's tab in Selenium's terms, for tests and tools that work with Selenium's elements. */
    public WebPage page() {
        return page;
    }

    /** For tests and tools that need the raw driver, e.g. to read cookies. */
    public WebDriver driver() {
        return driver;
    }

    /** Whether this session drives a browser the person started, which must outlive the tool. */
    public boolean attached() {
        return attached;
    }

    @Override
    public void close() {
        ending.run();
    }

    static void quitQuietly(WebDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The person may have closed the browser already; there is nothing left to end.
        }
    }
}
