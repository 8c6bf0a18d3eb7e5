package dev.optout.browser;

import dev.optout.page.BrowserClosedException;
import dev.optout.page.DialogOpenException;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.ElementNotInteractableException;
import dev.optout.page.ElementStaleException;
import dev.optout.page.PageException;
import dev.optout.page.PageLoadTimeoutException;
import dev.optout.page.PageNotReadyException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.UnreachableBrowserException;

/** The one place where Selenium's exceptions become the page port's: nothing past the browser layer sees them. */
final class SeleniumFaults {

    /**
     * What ChromeDriver says, in a plain {@link WebDriverException}, when the browser went away under a command:
     * "chrome not reachable" and "disconnected: not connected to DevTools" (the browser process died), "target
     * window already closed" and "no such window" (the tab closed during the command), "invalid session id" (the
     * session ended with the browser).
     */
    private static final List<String> CLOSED_BROWSER_MESSAGES = List.of("chrome not reachable", "disconnected",
            "target window already closed", "no such window", "invalid session id");

    private SeleniumFaults() {
    }

    /** The port's exception for a failed command; by type, but for {@link #saysTheBrowserIsGone}. */
    static PageException translate(WebDriverException e) {
        String line = firstLine(e);
        if (e instanceof UnhandledAlertException) {
            return new DialogOpenException(line, e);
        }
        if (e instanceof StaleElementReferenceException) {
            return new ElementStaleException(line, e);
        }
        if (e instanceof ElementClickInterceptedException) {
            return new ElementCoveredException(line, e);
        }
        if (e instanceof org.openqa.selenium.ElementNotInteractableException) {
            return new ElementNotInteractableException(line, e);
        }
        if (e instanceof NoSuchElementException || e instanceof JavascriptException) {
            return new PageNotReadyException(line, e);
        }
        if (e instanceof NoSuchWindowException || e instanceof NoSuchSessionException
                || e instanceof UnreachableBrowserException || saysTheBrowserIsGone(e)) {
            return new BrowserClosedException(e);
        }
        return new PageException(line, e);
    }

    /**
     * The port's exception for a failed page load: a timeout there means the page did not load (elsewhere it would
     * be the connection to the driver timing out, a problem of another kind).
     */
    static PageException duringLoad(WebDriverException e, Duration pageLoadTimeout) {
        // ChromeDriver's own "timeout: Timed out receiving message from renderer" on a busy machine comes as a plain
        // WebDriverException; during a load it is the same page that did not load in time.
        boolean timedOut = e instanceof TimeoutException || firstLine(e).startsWith("timeout:");
        return timedOut ? new PageLoadTimeoutException(pageLoadTimeout, e) : translate(e);
    }

    /** Selenium reports some endings of the browser only in words; these are they. */
    static boolean saysTheBrowserIsGone(WebDriverException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return CLOSED_BROWSER_MESSAGES.stream().anyMatch(message::contains);
    }

    /** The first line of an exception's message: Selenium appends build and session details below it. */
    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
