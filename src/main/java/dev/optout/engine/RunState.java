package dev.optout.engine;

import dev.optout.report.Outcome;
import java.util.Optional;

/**
 * Where a run stands: before the person's yes, after it, or after a send; and how it ended, if it ended early.
 * A second confirm after a send leaves it at "sent": what was sent stays sent.
 */
final class RunState {

    private enum Phase { BEFORE_THE_YES, CONFIRMED, SENT }

    /** How the walk ended before its last step. */
    private record Ending(Outcome outcome, String message, boolean browserClosed) {
    }

    private Phase phase = Phase.BEFORE_THE_YES;
    private Optional<Ending> ending = Optional.empty();

    void confirmed() {
        if (phase == Phase.BEFORE_THE_YES) {
            phase = Phase.CONFIRMED;
        }
    }

    /** Whether a confirm step said yes: the send gate opens only then. */
    boolean yesGiven() {
        return phase != Phase.BEFORE_THE_YES;
    }

    void sent() {
        phase = Phase.SENT;
    }

    boolean sentSomething() {
        return phase == Phase.SENT;
    }

    /** Ends the walk after the current step. */
    void end(Outcome outcome, String message) {
        ending = Optional.of(new Ending(outcome, message, false));
    }

    void browserClosedDuring(int stepNumber) {
        ending = Optional.of(new Ending(Outcome.ABORTED, "the browser was closed during step " + stepNumber
                + (sentSomething() ? "; something was already sent: check your email" : "; nothing was sent"), true));
    }

    boolean ended() {
        return ending.isPresent();
    }

    boolean browserClosed() {
        return ending.map(Ending::browserClosed).orElse(false);
    }

    Optional<Outcome> outcome() {
        return ending.map(Ending::outcome);
    }

    Optional<String> message() {
        return ending.map(Ending::message);
    }
}
