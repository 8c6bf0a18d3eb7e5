package dev.optout.browser;

import java.io.OutputStream;
import java.nio.file.Path;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumOptions;
import org.openqa.selenium.edge.EdgeDriverService;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.service.DriverCommandExecutor;
import org.openqa.selenium.remote.service.DriverService;

/**
 * ChromeDriver for Chrome and Chromium, msedgedriver for Edge: always with an explicit driver executable, so
 * Selenium Manager is never asked.
 */
final class ChromiumDrivers {

    private final BrowserKind kind;
    private final Path driverPath;
    private DriverService service;

    ChromiumDrivers(BrowserKind kind, Path driverPath) {
        if (!kind.chromiumBased()) {
            throw new IllegalArgumentException(kind + " is not a Chromium browser");
        }
        this.kind = kind;
        this.driverPath = driverPath;
    }

    /** Options shared by every Chromium session: a normal page load, and JavaScript dialogs left to the person. */
    static ChromiumOptions<?> newOptions(BrowserKind kind) {
        ChromiumOptions<?> options = kind == BrowserKind.EDGE ? new EdgeOptions() : new ChromeOptions();
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // A JavaScript dialog is the page asking the person something: never answer it for them.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        return options;
    }

    /**
     * Starts the driver and a session through it. A plain RemoteWebDriver rather than a ChromeDriver or EdgeDriver:
     * those open a DevTools connection to the browser as they start (an HTTP request, a web socket, a scan of every
     * CDP version Selenium knows), a fifth of a second of every run spent on features optout does not use. The
     * session speaks the same W3C protocol to the same driver either way.
     */
    WebDriver start(ChromiumOptions<?> options) {
        DriverService started = kind == BrowserKind.EDGE
                ? new EdgeDriverService.Builder().usingDriverExecutable(driverPath.toFile())
                        .withLogOutput(OutputStream.nullOutputStream()).build()
                : new ChromeDriverService.Builder().usingDriverExecutable(driverPath.toFile())
                        .withLogOutput(OutputStream.nullOutputStream()).build();
        service = started;
        return new RemoteWebDriver(new DriverCommandExecutor(started, LoopbackHttp.clientConfig()), options);
    }

    /** The driver process of the last {@link #start}. */
    DriverService service() {
        return service;
    }
}
