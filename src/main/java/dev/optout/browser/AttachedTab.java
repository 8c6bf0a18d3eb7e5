package dev.optout.browser;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.service.DriverService;

/**
 * The tool's own tab in the person's browser, and how it ends: on every ending (done, failed, declined, an error,
 * Ctrl-C) that tab closes and nothing else does. {@code quit()} on a session ChromeDriver attached to only ends
 * ChromeDriver's connection: the browser and its other tabs keep running (a test holds this).
 */
final class AttachedTab {

    private final WebDriver driver;
    private final DriverService service;
    private final DevTools devTools;
    private final String handle;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Thread onInterrupt;

    AttachedTab(WebDriver driver, DriverService service, DevTools devTools, String handle) {
        this.driver = driver;
        this.service = service;
        this.devTools = devTools;
        this.handle = handle;
        this.onInterrupt = new Thread(this::closeFromOutside, "optout-close-own-tab");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    String handle() {
        return handle;
    }

    void close() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it finds the tab already handled.
        }
        closeOwnTab();
        BrowserSession.quitQuietly(driver);
        stopQuietly();
    }

    private void closeOwnTab() {
        try {
            Set<String> handles = driver.getWindowHandles();
            if (!handles.contains(handle)) {
                return;
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

    /**
     * Ctrl-C, SIGTERM, any exit of the JVM: the main thread may be inside a WebDriver call, so the tab is closed
     * through the debugging port's own HTTP endpoint, within its short time limit, and ChromeDriver is stopped.
     */
    void closeFromOutside() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        if (devTools.pageCount() > 1) {
            devTools.closeTarget(handle);
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
