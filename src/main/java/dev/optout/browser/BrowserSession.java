package dev.optout.browser;

import org.openqa.selenium.WebDriver;

/** A running browser driven by the tool. Closing it ends the browser the tool started. */
public final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final WebPage page;

    BrowserSession(WebDriver driver, WebPage page) {
        this.driver = driver;
        this.page = page;
    }

    public WebPage page() {
        return page;
    }

    /** For tests and tools that need the raw driver, e.g. to read cookies. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // The person may have closed the browser already; there is nothing left to end.
        }
    }
}
