package dev.optout.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.service.DriverService;

/**
 * The tool's own tabs in the person's browser, and how they end: the tab the tool opened, and every tab it moved
 * into after a click of its own opened it. On every ending (done, failed, declined, an error, Ctrl-C) those tabs
 * close and nothing else does. {@code quit()} on a session ChromeDriver attached to only ends ChromeDriver's
 * connection: the browser and its other tabs keep running (a test holds this).
 */
final class AttachedTab implements OwnTabs {

    private final WebDriver driver;
    private final DriverService service;
    private final DevTools devTools;
    /** Read by the shutdown hook's thread too. */
    private final List<String> own = new CopyOnWriteArrayList<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Thread onInterrupt;

    AttachedTab(WebDriver driver, DriverService service, DevTools devTools, String handle) {
        this.driver = driver;
        this.service = service;
        this.devTools = devTools;
        this.own.add(handle);
        this.onInterrupt = new Thread(this::closeFromOutside, "optout-close-own-tabs");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** The tab the tool opened first. */
    String handle() {
        return own.get(0);
    }

    /** Every tab that is the tool's to close, the first one first. */
    List<String> handles() {
        return List.copyOf(own);
    }

    @Override
    public void followed(String handle) {
        if (!own.contains(handle)) {
            own.add(handle);
        }
    }

    void close() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it finds the tabs already handled.
        }
        closeOwnTabs();
        BrowserSession.quitQuietly(driver);
        stopQuietly();
    }

    private void closeOwnTabs() {
        for (String handle : new ArrayList<>(own)) {
            try {
                Set<String> handles = driver.getWindowHandles();
                if (!handles.contains(handle)) {
                    continue;
                }
                driver.switchTo().window(handle);
                if (handles.size() > 1) {
                    driver.close();
                } else {
                    // Closing a browser's last tab closes the browser; the person's browser stays, with an empty tab.
                    driver.get("about:blank");
                }
            } catch (WebDriverException e) {
                // The browser or the tab is gone already, which is the state this method was heading for.
            }
        }
    }

    /**
     * Ctrl-C, SIGTERM, any exit of the JVM: the main thread may be inside a WebDriver call, so the tabs are closed
     * through the debugging port's own HTTP endpoint, within its short time limit, and ChromeDriver is stopped. The
     * browser's last tab stays.
     */
    void closeFromOutside() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        for (String handle : own) {
            if (devTools.pageCount() > 1) {
                devTools.closeTarget(handle);
            }
        }
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            service.stop();
        } catch (RuntimeException e) {
            // Already stopped by quit(), or gone with the browser.
        }
    }
}
