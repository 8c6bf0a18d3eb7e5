package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Look;
import dev.optout.page.Match;
import java.util.List;
import java.util.Optional;

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
     * What a send may go out with: the fields as the page holds them, the host it goes to, and the send target as
     * the same look found it (empty when the send has no target, or the look did not see it).
     */
    record Cleared(List<FilledField> held, String host, Optional<Match> sendTarget) {
    }

    /**
     * Throws unless the step may send now; returns the filled fields as the page holds them at this moment, which
     * is what the send sends, and the host it goes to, both from the look that proved the values.
     */
    Cleared check(Step step, Optional<String> sendTarget) {
        if (!state.yesGiven()) {
            throw new StepFailedException("refusing to send: no confirm step said yes before this step");
        }
        List<String> alsoSee = sendTarget.stream().toList();
        Look seen = readBack.lookAfresh(alsoSee);
        origins.requireAllowed("send", seen.url());
        Look proved = readBack.ensureValuesStillOnPage(step, seen, alsoSee);
        origins.requireAllowed("send", proved.url());
        return new Cleared(readBack.asOnPage(proved), origins.hostOf(proved.url()),
                sendTarget.flatMap(proved::match));
    }
}
