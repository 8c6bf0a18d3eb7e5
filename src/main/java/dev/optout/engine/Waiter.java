package dev.optout.engine;

import dev.optout.page.BrowserClosedException;
import dev.optout.page.DialogOpenException;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import dev.optout.page.PageNotReadyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one wait loop of the tool. A probe is retried until it yields a value or time runs out. Page churn (stale
 * elements, an overlay in the way, a script run mid-navigation) means "not yet"; a closed browser ends the wait at
 * once; a JavaScript dialog is shown to the person, never answered for them, and the wait goes on.
 */
public final class Waiter {

    /**
     * How often a page is looked at while the tool waits for it alone: one look is one script in the browser, and
     * a field that appears should be acted on within a few tens of milliseconds, as a hand-written script would.
     */
    private static final Duration PAGE_POLL = Duration.ofMillis(20);
    /** How often while a person acts (logs in, answers a dialog): seconds go by, the browser is theirs meanwhile. */
    private static final Duration PERSON_POLL = Duration.ofMillis(100);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final Page page;
    private final Person person;
    private final RunListener listener;
    private final Clock clock;
    private final boolean personAtTheBrowser;

    /** @param personAtTheBrowser whether anyone can answer a dialog in the browser: not in a headless one */
    public Waiter(Page page, Person person, RunListener listener, Clock clock, boolean personAtTheBrowser) {
        this.page = page;
        this.person = person;
        this.listener = listener;
        this.clock = clock;
        this.personAtTheBrowser = personAtTheBrowser;
    }

    /**
     * Retries {@code probe} until it returns a value, looking often: the page alone is awaited.
     *
     * @param what describes the awaited condition in the timeout message, e.g. "target 'send' to appear"
     * @throws WaitTimeoutException when the time runs out
     * @throws BrowserClosedException when the browser went away
     */
    public <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
        return until(what, timeout, probe, PAGE_POLL);
    }

    /** As {@link #until}, for what a person does in the browser: looked at less often. */
    public <T> T untilPersonActs(String what, Duration timeout, Supplier<Optional<T>> probe) {
        return until(what, timeout, probe, PERSON_POLL);
    }

    private <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe, Duration poll) {
        Instant start = clock.instant();
        Instant end = start.plus(timeout);
        Probe<T> state = new Probe<>(probe, what, timeout, start);
        while (true) {
            T value = state.attempt();
            if (value != null) {
                return value;
            }
            if (clock.instant().isAfter(end)) {
                throw new WaitTimeoutException(what, timeout, state.lastProblem);
            }
            page.pause(poll);
        }
    }

    /**
     * Before a step touches the page: when the page has a JavaScript dialog open, the person is told and the run
     * waits until they answered it in the browser. Without a window nobody can, and the run ends at once.
     *
     * @throws NeedsPersonException when the browser has no window
     */
    public void untilNoDialog(Duration timeout) {
        Optional<String> open = page.openDialogText();
        if (open.isEmpty()) {
            return;
        }
        requireSomeoneToAnswer(open.get());
        person.tell(dialogNotice(open.get()));
        untilPersonActs("you to answer the page's dialog", timeout,
                () -> page.openDialogText().isPresent() ? Optional.empty() : Optional.of(Boolean.TRUE));
    }

    private void requireSomeoneToAnswer(String dialogText) {
        if (!personAtTheBrowser) {
            throw NeedsPersonException.unansweredDialog(dialogText);
        }
    }

    static String dialogNotice(String text) {
        return "The page opened a dialog" + (text.isEmpty() ? "" : ": \"" + text + "\"")
                + ". Answer it in the browser yourself; optout never answers dialogs for you and waits.";
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
            } catch (DialogOpenException e) {
                showDialog();
                return null;
            } catch (PageNotReadyException e) {
                lastProblem = e.getMessage();
                return null;
            } catch (BrowserClosedException e) {
                throw e;
            } catch (PageException e) {
                if (page.openDialogText().isPresent()) {
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
                String text = page.openDialogText().orElse("");
                requireSomeoneToAnswer(text);
                dialogShown = true;
                person.tell(dialogNotice(text));
            }
        }
    }
}
