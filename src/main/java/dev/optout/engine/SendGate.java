package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Look;
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

    /** What a send may go out with: the fields as the page holds them, and the host it goes to. */
    record Cleared(List<FilledField> held, String host) {
    }

    /**
     * Throws unless the step may send now; returns the filled fields as the page holds them at this moment, which
     * is what the send sends, and the host it goes to, both from the look that proved the values.
     */
    Cleared check(Step step) {
        if (!state.yesGiven()) {
            throw new StepFailedException("refusing to send: no confirm step said yes before this step");
        }
        Look seen = readBack.lookAfresh();
        origins.requireAllowed("send", seen.url());
        Look proved = readBack.ensureValuesStillOnPage(step, seen);
        origins.requireAllowed("send", proved.url());
        return new Cleared(readBack.asOnPage(proved), origins.hostOf(proved.url()));
    }
}
