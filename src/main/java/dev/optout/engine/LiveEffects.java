package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.report.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A live run: every action happens, a send only through the send gate, and the proof is kept. */
final class LiveEffects implements Effects {

    /** A form re-rendered this often right before the send is not settling: stop rather than chase it. */
    private static final int MOST_SEND_ATTEMPTS = 3;

    private final Page page;
    private final Evidence evidence;
    private final Outbox outbox;
    private final RunState state;
    private final SendGate gate;

    LiveEffects(Page page, Evidence evidence, Outbox outbox, RunState state, SendGate gate) {
        this.page = page;
        this.evidence = evidence;
        this.outbox = outbox;
        this.state = state;
        this.gate = gate;
    }

    @Override
    public void show(Step step, Match match) {
    }

    @Override
    public StepResult perform(Optional<Match> target, String inWords, Supplier<StepResult> action) {
        return action.get();
    }

    @Override
    public StepResult write(Optional<Match> target, String inWords, FilledField field, Supplier<StepResult> action) {
        return action.get();
    }

    @Override
    public StepResult send(Step step, Optional<Match> target, String inWords, SendAction action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(step, target, action);
            } catch (FormReplacedException e) {
                // Nothing reached the page: the gate reads the new form back (writing what it lost) and tries again.
                if (attempt == MOST_SEND_ATTEMPTS) {
                    throw new StepFailedException("the page replaced the form " + MOST_SEND_ATTEMPTS + " times right "
                            + "before the send (" + e.getMessage() + "); nothing was sent");
                }
            }
        }
    }

    private StepResult sendOnce(Step step, Optional<Match> target, SendAction action) {
        SendGate.Cleared cleared = gate.check(step, target.map(Match::target));
        List<FilledField> held = cleared.held();
        String host = cleared.host();
        if (!state.beginSend(step.number(), host)) {
            throw new StepFailedException("optout is being interrupted, so it sends nothing more");
        }
        try {
            // The filled form as it goes out, beside the values read back a moment ago: the proof of what was sent.
            // A picture that cannot be taken is no reason to withhold a send the person said yes to.
            evidence.screenshotQuietly(step);
            StepResult sent = action.sendOn(cleared.sendTarget());
            outbox.send(held, host);
            state.sent(host);
            return sent;
        } finally {
            state.sendOver();
        }
    }

    @Override
    public StepResult confirm(Step.Confirm step, Supplier<StepResult> asking) {
        return asking.get();
    }

    @Override
    public void keepProof(Step step, Match match) {
        evidence.keepConfirmation(page.textOf(match.element()).strip());
        evidence.screenshot(step);
    }

    @Override
    public Optional<StepResult> outOfReach(Step step) {
        return Optional.empty();
    }

    @Override
    public void afterStep(Step step, StepResult result) {
    }

    @Override
    public StepResult missed(Step step, FailureRecord failure) {
        if (state.sentSomething()) {
            state.end(Outcome.UNCONFIRMED, failure.sentence() + ". Something was already sent: do NOT send it "
                    + "again; check your email and Meta's Privacy Center for Meta's answer." + failure.closing());
        } else {
            state.end(Outcome.FAILED, failure.sentence() + ". Nothing was sent." + failure.closing());
        }
        return StepResult.failed(failure.detail());
    }

    @Override
    public StepResult stuck(Step step, FailureRecord failure) {
        return missed(step, failure);
    }

    @Override
    public Outcome completed(boolean packVerifies) {
        return evidence.confirmation().isPresent() || !packVerifies ? Outcome.CONFIRMED : Outcome.UNCONFIRMED;
    }
}
