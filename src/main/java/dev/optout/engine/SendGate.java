package dev.optout.engine;

import dev.optout.pack.Step;
import java.util.List;

/**
 * The checks every send passes, whatever sends (a click, a key): a yes given, the page still on an allowed host,
 * every filled value still on the page.
 */
final class SendGate {

    private final RunState state;
    private final OriginGuard origins;
    private final ReadBack readBack;

    SendGate(RunState state, OriginGuard origins, ReadBack readBack) {
        this.state = state;
        this.origins = origins;
        this.readBack = readBack;
    }

    /**
     * Throws unless the step may send now; returns the filled fields as the page holds them at this moment, which
     * is what the send sends.
     */
    List<FilledField> check(Step step) {
        if (!state.yesGiven()) {
            throw new StepFailedException("refusing to send: no confirm step said yes before this step");
        }
        origins.requireAllowed("send");
        readBack.ensureValuesStillOnPage(step);
        origins.requireAllowed("send");
        return readBack.asOnPage();
    }
}
