package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Element;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks every send passes, whatever sends (a click, a key): a yes given, the page still on an allowed host,
 * every filled value still on the page.
 */
final class SendGate {

    private final RunState state;
    private final OriginGuard origins;
    private final ReadBack readBack;
    private final List<String> errorTargets;
    private final Page page;

    /** @param errorTargets the pack's error targets: what of them shows already is no answer to the send */
    SendGate(RunState state, OriginGuard origins, ReadBack readBack, List<String> errorTargets, Page page) {
        this.state = state;
        this.origins = origins;
        this.readBack = readBack;
        this.errorTargets = List.copyOf(errorTargets);
        this.page = page;
    }

    /**
     * What a send may go out with: the fields as the page holds them, the host it goes to, and the send target as
     * the same look found it (empty when the send has no target, or the look did not see it); the elements the send
     * is about (its fields and button), to watch what becomes of them; and the texts the pack's error targets show
     * already, which are no answer to this send.
     */
    record Cleared(List<FilledField> held, String host, Optional<Match> sendTarget, List<Element> watched,
                   Set<String> errorsBefore) {
    }

    /**
     * Throws unless the step may send now; returns the filled fields as the page holds them at this moment, which
     * is what the send sends, and the host it goes to, both from the look that proved the values.
     */
    Cleared check(Step step, Optional<String> sendTarget) {
        if (!state.yesGiven()) {
            throw new StepFailedException("refusing to send: no confirm step said yes before this step");
        }
        List<String> alsoSee = Stream.concat(sendTarget.stream(), errorTargets.stream()).distinct().toList();
        Look seen = readBack.lookAfresh(alsoSee);
        origins.requireAllowed("send", seen.url());
        Look proved = readBack.ensureValuesStillOnPage(step, seen, alsoSee);
        origins.requireAllowed("send", proved.url());
        List<Element> watched = proved.targets().stream().filter(t -> !errorTargets.contains(t))
                .map(proved::match).flatMap(Optional::stream).map(Match::element).toList();
        Set<String> errorsBefore = errorTargets.stream().map(proved::match).flatMap(Optional::stream)
                .map(m -> page.textOf(m.element()).strip()).collect(Collectors.toSet());
        return new Cleared(readBack.asOnPage(proved), origins.hostOf(proved.url()),
                sendTarget.flatMap(proved::match), watched, errorsBefore);
    }
}
