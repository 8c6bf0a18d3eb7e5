package dev.optout.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.UnreachableBrowserException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The one wait loop of the tool. A probe is retried until it yields a value or time runs out. Page churn (stale
 * elements, an overlay in the way, a script run mid-navigation) means "not yet"; a closed browser ends the wait at
 * once; a JavaScript dialog is shown to the person, never answered for them, and the wait goes on.
 */
public final class Waiter {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final Person person;
    private final RunListener listener;
    private final Supplier<Optional<String>> openDialogText;
    private final Clock clock;

    public Waiter(Person person, RunListener listener, Supplier<Optional<String>> openDialogText, Clock clock) {
        this.person = person;
        this.listener = listener;
        this.openDialogText = openDialogText;
        this.clock = clock;
    }

    /**
     * Retries {@code probe} until it returns a value.
     *
     * @param what describes the awaited condition in the timeout message, e.g. "target 'send' to appear"
     * @throws WaitTimeoutException when the time runs out
     * @throws BrowserClosedException when the browser went away
     */
    public <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
        Instant start = clock.instant();
        Probe<T> state = new Probe<>(probe, what, timeout, start);
        try {
            return new FluentWait<>(state)
                    .withTimeout(timeout)
                    .pollingEvery(POLL)
                    .until(Probe::attempt);
        } catch (TimeoutException e) {
            throw new WaitTimeoutException(what, timeout, state.lastProblem);
        } catch (NoSuchWindowException | NoSuchSessionException | UnreachableBrowserException e) {
            throw new BrowserClosedException(e);
        }
    }

    /**
     * Before a step touches the page: when the page has a JavaScript dialog open, the person is told and the run
     * waits until they answered it in the browser.
     */
    public void untilNoDialog(Duration timeout) {
        Optional<String> open = once(openDialogText);
        if (open.isEmpty()) {
            return;
        }
        person.tell(dialogNotice(open.get()));
        until("you to answer the page's dialog", timeout,
                () -> openDialogText.get().isPresent() ? Optional.empty() : Optional.of(Boolean.TRUE));
    }

    static String dialogNotice(String text) {
        return "The page opened a dialog" + (text.isEmpty() ? "" : ": \"" + text + "\"")
                + ". Answer it in the browser yourself; optout never answers dialogs for you and waits.";
    }

    /** Runs an action once, translating a closed browser into {@link BrowserClosedException}. */
    public static <T> T once(Supplier<T> action) {
        try {
            return action.get();
        } catch (NoSuchWindowException | NoSuchSessionException | UnreachableBrowserException e) {
            throw new BrowserClosedException(e);
        }
    }

    private final class Probe<T> {
        private final Supplier<Optional<T>> probe;
        private final String what;
        private final Duration timeout;
        private final Instant start;
        private Instant lastProgress;
        private boolean dialogShown;
        private String lastProblem;

        Probe(Supplier<Optional<T>> probe, String what, Duration timeout, Instant start) {
            this.probe = probe;
            this.what = what;
            this.timeout = timeout;
            this.start = start;
            this.lastProgress = start;
        }

        T attempt() {
            reportProgress();
            try {
                return probe.get().orElse(null);
            } catch (UnhandledAlertException e) {
                showDialog();
                return null;
            } catch (StaleElementReferenceException
                     | ElementNotInteractableException | NoSuchElementException | JavascriptException e) {
                lastProblem = firstLine(e);
                return null;
            } catch (NoSuchWindowException | NoSuchSessionException | UnreachableBrowserException e) {
                throw e;
            } catch (WebDriverException e) {
                if (isBrowserGone(e)) {
                    throw new BrowserClosedException(e);
                }
                if (openDialogText.get().isPresent()) {
                    // Some commands report an open dialog under another name; it is the same situation.
                    showDialog();
                    return null;
                }
                throw e;
            }
        }

        private void reportProgress() {
            Instant now = clock.instant();
            if (Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) >= 0) {
                lastProgress = now;
                listener.stillWaiting(what, Duration.between(start, now), timeout);
            }
        }

        private void showDialog() {
            if (!dialogShown) {
                dialogShown = true;
                person.tell(dialogNotice(openDialogText.get().orElse("")));
            }
        }
    }

    static boolean isBrowserGone(WebDriverException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("chrome not reachable") || message.contains("disconnected")
                || message.contains("target window already closed") || message.contains("no such window")
                || message.contains("invalid session id");
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
