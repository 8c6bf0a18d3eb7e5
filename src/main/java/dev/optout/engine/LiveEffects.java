package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Match;
import dev.optout.page.Observation;
import dev.optout.page.Page;
import dev.optout.page.Traffic;
import dev.optout.report.Outcome;
import java.time.Clock;
import java.time.Duration;
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
    private final VerdictEnding verdicts;
    private final Clock clock;

    LiveEffects(Page page, Evidence evidence, Outbox outbox, RunState state, SendGate gate, VerdictEnding verdicts,
                Clock clock) {
        this.page = page;
        this.evidence = evidence;
        this.outbox = outbox;
        this.state = state;
        this.gate = gate;
        this.verdicts = verdicts;
        this.clock = clock;
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
            // What the page says right before the click, and the moment from which the tab's requests count: what
            // the send comes to is judged against both.
            Observation before = page.observe(cleared.watched(), Optional.empty());
            StepResult sent = action.sendOn(cleared.sendTarget());
            outbox.send(held, host);
            state.sent(new SendWatch(step.number(), host, cleared.watched(), before, cleared.errorsBefore(), held,
                    clock.instant()));
            return sent;
        } finally {
            state.sendOver();
        }
    }

    @Override
    public StepResult confirm(Step.Confirm step, Supplier<StepResult> asking) {
        // A send follows the yes: what the tab sends is to be watched from then on.
        page.expectSend();
        return asking.get();
    }

    @Override
    public void keepProof(Step step, Match match) {
        String text = page.textOf(match.element()).strip();
        Optional<SendWatch> watch = state.awaitingAnswer();
        String shown = watch.map(w -> w.masked(text)).orElse(text);
        evidence.keepConfirmation(shown);
        evidence.screenshot(step);
        watch.ifPresent(sent -> {
            Traffic traffic = page.observe(sent.watched(), Optional.of(sent.before().mark())).traffic();
            Verdict confirmed = new Verdict(Outcome.CONFIRMED, "Meta's page confirmed it: \"" + shown + "\"",
                    "Meta's confirmation text", Optional.of(shown), traffic);
            evidence.keepVerdict(confirmed);
            state.answered(confirmed);
        });
    }

    @Override
    public void keepProof(Step step, Verdict confirmed) {
        evidence.keepConfirmation(confirmed.pageSaid().orElse(""));
        evidence.screenshot(step);
        evidence.keepVerdict(confirmed);
        state.answered(confirmed);
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
            state.end(Outcome.SENT_UNCONFIRMED, failure.sentence() + ". Something was already sent: do NOT send it "
                    + "again; check your email and Meta's Privacy Center for Meta's answer." + failure.closing());
        } else {
            state.end(Outcome.STOPPED, failure.sentence() + ". Nothing was sent." + failure.closing());
        }
        return StepResult.failed(failure.detail());
    }

    @Override
    public StepResult stuck(Step step, FailureRecord failure) {
        return missed(step, failure);
    }

    /**
     * Every step done: nothing sent is nothing confirmed; a last send whose answer no step awaited is judged by what
     * the browser and the page show now.
     */
    @Override
    public Outcome completed() {
        Optional<SendWatch> unanswered = state.awaitingAnswer();
        if (unanswered.isPresent()) {
            SendWatch sent = unanswered.get();
            Observation now = page.observe(sent.watched(), Optional.of(sent.before().mark()));
            verdicts.end(new AnswerJudge(sent, clock).atTheEnd(now, Optional.empty(), Duration.ZERO),
                    "the pack awaited no answer to its last send: ");
        }
        return state.outcome().or(() -> state.answer().map(Verdict::outcome)).orElse(Outcome.DONE);
    }
}
