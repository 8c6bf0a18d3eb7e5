package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A dry run: walks the same steps on the real page but only outlines each target with a numbered badge, photographs
 * it and says what it would do. Clicks that merely dismiss or navigate still happen (they are no effect here), so
 * the rest of the flow can be checked; nothing is typed, chosen, ticked or sent, and nobody is asked.
 */
final class DryRunEffects implements Effects {

    private final Page page;
    private final Evidence evidence;
    private final OriginGuard origins;
    private final Person person;
    private final Outbox outbox;
    private final ConfirmSummary summary;
    private final StepTimeouts timeouts;
    private final RunState state;
    /** What a send would have led to cannot be reached: the page never gets the send. */
    private boolean pastTheSend;

    DryRunEffects(Page page, Evidence evidence, OriginGuard origins, Person person, Outbox outbox,
                  ConfirmSummary summary, StepTimeouts timeouts, RunState state) {
        this.page = page;
        this.evidence = evidence;
        this.origins = origins;
        this.person = person;
        this.outbox = outbox;
        this.summary = summary;
        this.timeouts = timeouts;
        this.state = state;
    }

    @Override
    public void show(Step step, Match match) {
        page.highlight(match.element(), step.number() + " · " + step.type());
        evidence.screenshot(step);
    }

    @Override
    public StepResult perform(Optional<Match> target, String inWords, Supplier<StepResult> action) {
        return StepResult.wouldDo(target, "would " + inWords);
    }

    @Override
    public StepResult write(Optional<Match> target, String inWords, FilledField field, Supplier<StepResult> action) {
        outbox.record(field);
        return StepResult.wouldDo(target, "would " + inWords);
    }

    @Override
    public StepResult send(Step step, Optional<Match> target, String inWords, SendAction action) {
        pastTheSend = true;
        return StepResult.wouldDo(target, "would " + inWords + " and send to " + origins.sendTarget());
    }

    @Override
    public StepResult confirm(Step.Confirm step, Supplier<StepResult> asking) {
        person.tell(summary.text() + "\n(dry run: optout would ask \"" + step.message() + "\" here and send nothing)");
        return StepResult.wouldDo(Optional.empty(), "would ask: " + step.message());
    }

    @Override
    public void keepProof(Step step, Match match) {
    }

    /** A dry run sends nothing, so no page ever answers one of its sends. */
    @Override
    public void keepProof(Step step, Verdict confirmed) {
    }

    @Override
    public Optional<StepResult> outOfReach(Step step) {
        if (!pastTheSend) {
            return Optional.empty();
        }
        String condition = step.common().when().map(g -> " (only if " + g + ")").orElse("");
        return Optional.of(StepResult.wouldDo(Optional.empty(),
                "comes after the send, so a dry run cannot reach it" + condition));
    }

    @Override
    public void afterStep(Step step, StepResult result) {
        if (result.status() != StepStatus.SKIPPED && !state.browserClosed() && evidence.screenshotOf(step).isEmpty()
                && !pastTheSend) {
            evidence.screenshotQuietly(step);
        }
    }

    @Override
    public StepResult missed(Step step, FailureRecord failure) {
        // Every target is reported found or missing, so the walk goes on past a missing one.
        timeouts.capAtRunDefault();
        if (step.common().submits()) {
            pastTheSend = true;
        }
        return StepResult.failed(failure.detail());
    }

    @Override
    public StepResult stuck(Step step, FailureRecord failure) {
        state.end(Outcome.DRY_RUN, failure.sentence() + ". Nothing was typed or sent.");
        return StepResult.failed(failure.detail());
    }

    @Override
    public Outcome completed() {
        return Outcome.DRY_RUN;
    }
}
