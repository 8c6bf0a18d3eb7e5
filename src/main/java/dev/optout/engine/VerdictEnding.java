package dev.optout.engine;

import dev.optout.report.Outcome;

/**
 * Ends a run on what its last send came to: the proof keeps the evidence, and a send Meta's page refused no longer
 * counts as sent (its values are pending again), so that the person may correct it and run again.
 */
final class VerdictEnding {

    private final RunState state;
    private final Outbox outbox;
    private final Evidence evidence;

    VerdictEnding(RunState state, Outbox outbox, Evidence evidence) {
        this.state = state;
        this.outbox = outbox;
        this.evidence = evidence;
    }

    /** @param where what the sentence is about, e.g. {@code step 9 'wait for Meta's answer': } */
    void end(Verdict verdict, String where) {
        evidence.keepVerdict(verdict);
        if (verdict.outcome() == Outcome.REFUSED) {
            state.lastSend().ifPresent(refused -> outbox.refused(refused.held()));
            state.refused();
        }
        state.answered(verdict);
        state.end(verdict.outcome(), where + verdict.sentence() + "." + verdict.advice());
    }
}
