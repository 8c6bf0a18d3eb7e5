package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.pack.Step.Click;
import java.util.Optional;
import org.openqa.selenium.WebDriverException;

/**
 * Clicks a target. A click that submits runs only after a yes, re-checks the host and the filled values first, and
 * is never repeated once the browser has accepted it. In a dry run, clicks that only dismiss or navigate still
 * happen (so the rest of the flow can be checked) and submitting clicks are only shown.
 */
final class ClickExecutor implements StepExecutor<Click> {

    private final SendGate gate;

    ClickExecutor(SendGate gate) {
        this.gate = gate;
    }

    @Override
    public StepResult run(Click step, RunContext context) {
        Match match = context.finder.await(step.target(), context.timeout(step));
        context.show(step, match);
        if (step.common().submits()) {
            return submit(step, context, match);
        }
        context.requireAllowedOrigin("click");
        clickUntilAccepted(step, context);
        return StepResult.done(match);
    }

    private StepResult submit(Click step, RunContext context, Match match) {
        if (!gate.open(step, context)) {
            return StepResult.wouldDo(match, "would click '" + step.target() + "' and send to "
                    + context.currentHost());
        }
        String host = context.currentHost();
        Match clicked = clickUntilAccepted(step, context);
        context.markSent(host);
        return StepResult.done(clicked);
    }

    /**
     * Retries only failures that prove the click never reached the page (element replaced, covered or not yet
     * interactable); anything else propagates, so a send is never clicked twice.
     */
    private Match clickUntilAccepted(Click step, RunContext context) {
        return context.waiter.until("'" + step.target() + "' to accept a click", context.timeout(step), () -> {
            Optional<Match> match = context.finder.now(step.target());
            if (match.isEmpty()) {
                return Optional.empty();
            }
            try {
                context.page.click(match.get().element());
            } catch (WebDriverException e) {
                if (context.page.openDialogText().isEmpty()) {
                    throw e;
                }
                // The click reached the page, which answered with a dialog: clicking again could send twice. The
                // next step shows the dialog to the person and waits for their answer.
            }
            return match;
        });
    }
}
