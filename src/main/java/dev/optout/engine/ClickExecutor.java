package dev.optout.engine;

import dev.optout.pack.Step.Click;
import dev.optout.page.BrowserClosedException;
import dev.optout.page.ElementStaleException;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Clicks a target. A click that submits is a send: it runs only after a yes, re-checks the host and the filled
 * values first, and is never repeated once the browser has accepted it. Other clicks only dismiss or navigate, so
 * they happen in a dry run too and the rest of the flow can be checked.
 */
final class ClickExecutor implements StepExecutor<Click> {

    private final TargetFinder finder;
    private final StepTimeouts timeouts;
    private final Effects effects;
    private final OriginGuard origins;
    private final Waiter waiter;
    private final Page page;
    private final NewTabs tabs;

    ClickExecutor(TargetFinder finder, StepTimeouts timeouts, Effects effects, OriginGuard origins, Waiter waiter,
                  Page page, NewTabs tabs) {
        this.finder = finder;
        this.timeouts = timeouts;
        this.effects = effects;
        this.origins = origins;
        this.waiter = waiter;
        this.page = page;
        this.tabs = tabs;
    }

    @Override
    public StepResult run(Click step) {
        Look seen = finder.awaitLook(List.of(step.target()), timeouts.of(step), false);
        Match match = seen.firstMatch().orElseThrow();
        effects.show(step, match);
        if (step.common().submits()) {
            // A send goes after the gate's read-back, on the very button that look saw: a button found afresh could
            // belong to a form the page re-rendered since, without the values.
            return effects.send(step, Optional.of(match), "click '" + step.target() + "'", proved -> {
                Match button = proved.orElseThrow(() -> new FormReplacedException("'" + step.target() + "' was not "
                        + "on the page when it was read back"));
                return inNewTabIfOpened(StepResult.done(clickUntilAccepted(step, () -> Optional.of(button), true)));
            });
        }
        origins.requireAllowed("click", seen.url());
        return inNewTabIfOpened(StepResult.done(clickUntilAccepted(step, finder.thenAfresh(match), false)));
    }

    /** A click that opened a tab moves the run there; the step's note says so. */
    private StepResult inNewTabIfOpened(StepResult clicked) {
        return tabs.afterClick().isPresent() ? clicked.withNote("the click opened a new tab; optout went on there")
                : clicked;
    }

    /**
     * Retries only failures that prove the click never reached the page (element replaced, covered or not yet
     * interactable); anything else propagates, so a send is never clicked twice.
     */
    private Match clickUntilAccepted(Click step, Supplier<Optional<Match>> target, boolean sends) {
        tabs.beforeClick();
        return waiter.until("'" + step.target() + "' to accept a click", timeouts.of(step), () -> {
            Optional<Match> match = target.get();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            try {
                page.click(match.get().element());
            } catch (ElementStaleException e) {
                if (sends) {
                    throw new FormReplacedException("'" + step.target() + "' was replaced");
                }
                throw e;
            } catch (BrowserClosedException e) {
                throw e;
            } catch (PageException e) {
                if (page.openDialogText().isEmpty()) {
                    throw e;
                }
                // The click reached the page, which answered with a dialog: clicking again could send twice. The
                // next step shows the dialog to the person and waits for their answer.
            }
            return match;
        });
    }
}
