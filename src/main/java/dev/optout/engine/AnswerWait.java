package dev.optout.engine;

import dev.optout.page.Match;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The wait of a wait-for or verify step. After a send it is the wait for Meta's answer, and it also ends as soon as
 * one of the pack's error targets shows (Meta's "Something went wrong"): the send failed, and waiting on would only
 * keep the person waiting for nothing. Before a send, and in a dry run, which never sends, it is a plain wait.
 */
final class AnswerWait {

    private final List<String> errorTargets;
    private final TargetFinder finder;
    private final Page page;
    private final RunState state;

    AnswerWait(List<String> errorTargets, TargetFinder finder, Page page, RunState state) {
        this.errorTargets = List.copyOf(errorTargets);
        this.finder = finder;
        this.page = page;
        this.state = state;
    }

    /** @throws SendFailedException when an error target showed after a send */
    Match await(List<String> anyOf, Duration timeout) {
        if (!state.sentSomething() || errorTargets.isEmpty()) {
            return finder.awaitAny(anyOf, timeout);
        }
        List<String> watched = new ArrayList<>(anyOf);
        errorTargets.stream().filter(t -> !anyOf.contains(t)).forEach(watched::add);
        Match match = finder.awaitAny(watched, timeout);
        if (anyOf.contains(match.target())) {
            return match;
        }
        throw new SendFailedException(page.textOf(match.element()).strip(), match.target());
    }
}
