package dev.optout.browser;

import dev.optout.page.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.WebDriver;

/**
 * A browser driven by the tool. Closing it ends what the tool started: the whole browser when the tool launched it,
 * only the tool's own tab when it attached to the person's browser.
 */
public final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final WebPage page;
    private final Page pagePort;
    /** How long a started browser gets to save its profile and remove its lock when the tool is interrupted. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Runnable ending;
    private final Runnable stopNow;
    private final boolean attached;

    BrowserSession(WebDriver driver, Duration pageLoadTimeout) {
        this(driver, pageLoadTimeout, OwnTabs.NOT_COUNTED, () -> quitQuietly(driver),
                BrowserSession::stopStartedProcesses, false);
    }

    /**
     * @param attached a session in the person's own browser: the tool then never listens to the browser's network
     *                 events, which would show it the person's other tabs too; the page's Resource Timing tells what
     *                 the tool's tab sent
     */
    private BrowserSession(WebDriver driver, Duration pageLoadTimeout, OwnTabs tabs, Runnable ending, Runnable stopNow,
                           boolean attached) {
        this.driver = driver;
        this.page = new WebPage(driver);
        this.pagePort = new SeleniumPage(page, pageLoadTimeout, tabs,
                attached ? java.util.Optional.empty() : BidiTraffic.connect(driver));
        this.ending = ending;
        this.stopNow = stopNow;
        this.attached = attached;
    }

    /**
     * A Chromium the tool launched on {@code profile}: interrupted, it is asked to quit over its own debugging port
     * first, so that it removes its profile lock, and only then are its processes stopped.
     */
    static BrowserSession launched(WebDriver driver, Duration pageLoadTimeout, Path profile, Instant launched) {
        return new BrowserSession(driver, pageLoadTimeout, OwnTabs.NOT_COUNTED, () -> quitQuietly(driver),
                () -> StartedProcesses.stop(profile, launched, STOP_GRACE), false);
    }

    /** A session in the person's browser: its end closes the tool's tab and every tab the tool followed. */
    static BrowserSession attached(WebDriver driver, Duration pageLoadTimeout, AttachedTab tab) {
        return new BrowserSession(driver, pageLoadTimeout, tab, tab::close, () -> {
            tab.closeFromOutside();
            stopStartedProcesses();
        }, true);
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

    /**
     * Ends what the tool started, from another thread, while this session's thread may be inside a WebDriver call:
     * without a WebDriver command, only the browser's own debugging port and process signals. A launched browser and
     * its driver are stopped; in the person's browser only the tool's tab is closed.
     */
    public void stopNow() {
        stopNow.run();
    }

    /**
     * Stops every browser and driver the tool started, as {@link #stopNow} does, for when no session exists yet (the
     * browser is still starting).
     */
    public static void stopStartedProcesses() {
        StartedProcesses.stop(STOP_GRACE);
    }

    static void quitQuietly(WebDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The person may have closed the browser already; there is nothing left to end.
        }
    }
}
