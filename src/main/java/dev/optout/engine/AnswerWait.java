package dev.optout.engine;

import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Observation;
import dev.optout.page.Page;
import dev.optout.page.PageSignals;
import dev.optout.report.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The wait of a wait-for or verify step. After a send whose answer is not in yet, it is the wait for Meta's answer:
 * besides the step's targets it watches what left the browser and what the page does, and an {@link AnswerJudge}
 * ends it as soon as the evidence settles the send (Meta's error, its refusal, or a confirmation in words the pack
 * does not know), or, when the time is up, says what the send came to. Before a send, and in a dry run, which never
 * sends, it is a plain wait.
 */
final class AnswerWait {

    /** What a wait found: one of its targets, or, after a send, a confirmation the page gave in its own words. */
    record Answer(Optional<Match> match, Optional<Verdict> confirmation) {

        static Answer of(Match match) {
            return new Answer(Optional.of(match), Optional.empty());
        }

        static Answer confirmedBy(Verdict verdict) {
            return new Answer(Optional.empty(), Optional.of(verdict));
        }
    }

    private final List<String> errorTargets;
    private final TargetFinder finder;
    private final Page page;
    private final RunState state;
    private final Waiter waiter;
    private final Interrupts interrupts;
    private final Clock clock;
    private final SendFollowUps followUps;
    private final PersonStepWait personSteps;

    AnswerWait(List<String> errorTargets, TargetFinder finder, Page page, RunState state, Waiter waiter,
               Interrupts interrupts, Clock clock, SendFollowUps followUps, PersonStepWait personSteps) {
        this.followUps = followUps;
        this.personSteps = personSteps;
        this.errorTargets = List.copyOf(errorTargets);
        this.finder = finder;
        this.page = page;
        this.state = state;
        this.waiter = waiter;
        this.interrupts = interrupts;
        this.clock = clock;
    }

    /**
     * @param verifying a verify step: a send confirmed already in the page's own words (by an earlier wait) is
     *                  verified by that confirmation
     * @throws SendVerdictException when the send's answer is in and the run cannot go on from it: refused, failed,
     *                              or (when the time is up) unconfirmed
     */
    Answer await(List<String> anyOf, Duration timeout, boolean verifying) {
        Optional<SendWatch> watch = state.awaitingAnswer();
        if (watch.isEmpty()) {
            Optional<Verdict> confirmed = state.answer().filter(v -> verifying && v.outcome() == Outcome.CONFIRMED
                    && v.basis().startsWith(AnswerJudge.BY_STRUCTURE));
            return confirmed.map(Answer::confirmedBy).orElseGet(() -> Answer.of(finder.awaitAny(anyOf, timeout)));
        }
        AnswerJudge judge = new AnswerJudge(watch.get(), clock);
        while (true) {
            try {
                return awaitAnswer(watch.get(), judge, anyOf, timeout);
            } catch (PersonStepMet met) {
                // The person's turn, then the wait for the answer begins again: their time is not Meta's.
                personSteps.await(met.prompt(), watch.get());
            }
        }
    }

    /** @throws PersonStepMet when the page asks for a step only a person may do, before it answered */
    private Answer awaitAnswer(SendWatch sent, AnswerJudge judge, List<String> anyOf, Duration timeout) {
        Optional<SendWatch> watch = Optional.of(sent);
        List<String> looked = Stream.concat(anyOf.stream(), errorTargets.stream()).distinct().toList();
        try {
            return waiter.until("Meta's answer (" + String.join(", ", anyOf) + ")", timeout, () -> {
                Look seen = finder.look(looked, false);
                Optional<Match> wanted = wanted(seen, anyOf);
                if (wanted.isPresent()) {
                    return wanted.map(Answer::of);
                }
                Observation now = observe(watch.get());
                if (followUps.check(watch.get(), now)) {
                    return Optional.empty();
                }
                return judge.judge(now, newError(seen, watch.get())).map(AnswerWait::confirmedOrThrown);
            });
        } catch (WaitTimeoutException timeUp) {
            Look seen = finder.lookAfresh(looked, false);
            Optional<Match> wanted = wanted(seen, anyOf);
            if (wanted.isPresent()) {
                return Answer.of(wanted.get());
            }
            return confirmedOrThrown(judge.atTheEnd(observe(watch.get()), newError(seen, watch.get()), timeout));
        }
    }

    /**
     * The page now, against the moment before the send. A dialog that appeared may be an overlay the pack's
     * interrupts dismiss (a cookie dialog is no answer to a send): they run first, and the page is looked at again.
     */
    private Observation observe(SendWatch watch) {
        Observation now = page.observe(watch.watched(), Optional.of(watch.before().mark()));
        List<PageSignals.Dialog> before = watch.before().signals().dialogs();
        if (now.signals().dialogs().stream().anyMatch(d -> !before.contains(d)) && interrupts.handleShowing()) {
            now = page.observe(watch.watched(), Optional.of(watch.before().mark()));
        }
        return now;
    }

    private static Optional<Match> wanted(Look seen, List<String> anyOf) {
        return anyOf.stream().map(seen::match).flatMap(Optional::stream).findFirst();
    }

    /** The first of the pack's error targets that shows a text it did not show before the send. */
    private Optional<String> newError(Look seen, SendWatch watch) {
        for (String target : errorTargets) {
            Optional<Match> shown = seen.match(target);
            if (shown.isPresent()) {
                String text = page.textOf(shown.get().element()).strip();
                if (!text.isEmpty() && !watch.errorsBefore().contains(text)) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static Answer confirmedOrThrown(Verdict verdict) {
        if (verdict.outcome() == Outcome.CONFIRMED) {
            return Answer.confirmedBy(verdict);
        }
        throw new SendVerdictException(verdict);
    }
}
