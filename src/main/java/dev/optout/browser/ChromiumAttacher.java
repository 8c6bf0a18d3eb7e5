package dev.optout.browser;

import java.nio.file.Path;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumOptions;

/**
 * Drives a Chrome, Chromium or Edge the person started with a debugging port, in a new tab of the tool's own. The
 * port is asked first over plain HTTP with a 2-second limit: ChromeDriver blocks for 60 s where nothing listens.
 */
public final class ChromiumAttacher {

    public BrowserSession attach(AttachSettings settings) {
        DebuggingAddress address = settings.address();
        DevTools devTools = new DevTools(address);
        DevTools.BrowserVersion version = devTools.version().orElseThrow(() -> nothingListens(address));
        BrowserKind kind = settings.browser().orElse(version.kind());
        if (!kind.chromiumBased()) {
            throw new BrowserUnavailableException("optout attaches only to Chrome, Chromium or Edge; for Firefox "
                    + "leave out --attach and use --browser firefox");
        }
        Path driverPath = DriverResolver.standard(kind.driver(), settings.driver()).resolve();
        ChromiumOptions<?> options = ChromiumDrivers.newOptions(kind);
        options.setExperimentalOption("debuggerAddress", address.toString());
        Timeouts.into(options, settings.pageLoadTimeout());
        ChromiumDrivers drivers = new ChromiumDrivers(kind, driverPath);
        WebDriver driver;
        try {
            driver = drivers.start(options);
        } catch (SessionNotCreatedException e) {
            throw new BrowserUnavailableException("could not attach to " + version.product() + " on " + address
                    + " with " + kind.driver().program() + " " + driverPath + " (" + SeleniumFaults.firstLine(e)
                    + "): the driver's major version must match the browser's (optout doctor --attach "
                    + address + ")", e);
        } catch (WebDriverException e) {
            throw new BrowserUnavailableException("could not attach to the browser on " + address + ": "
                    + SeleniumFaults.firstLine(e), e);
        }
        try {
            driver.switchTo().newWindow(WindowType.TAB);
            String own = driver.getWindowHandle();
            AttachedTab tab = new AttachedTab(driver, drivers.service(), devTools, own);
            return BrowserSession.attached(driver, settings.pageLoadTimeout(), tab);
        } catch (WebDriverException e) {
            // Not a tab of ours yet: end only ChromeDriver's connection, which leaves the browser running.
            BrowserSession.quitQuietly(driver);
            throw new BrowserUnavailableException("attached to " + address + " but could not open a tab there: "
                    + SeleniumFaults.firstLine(e), e);
        }
    }

    static BrowserUnavailableException nothingListens(DebuggingAddress address) {
        return new BrowserUnavailableException("no browser answers on " + address + " (asked for "
                + DevTools.PROBE_LIMIT.toSeconds() + " s): start one with 'optout browser start --port "
                + address.port() + "' (or scripts/start-browser), or check the port the browser was started with "
                + "--remote-debugging-port");
    }
}
