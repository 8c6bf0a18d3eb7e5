package dev.optout.engine;

import dev.optout.report.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Where a run stands: before the person's yes, after it, or after a send; and how it ended, if it ended early.
 * A second confirm after a send leaves it at "sent": what was sent stays sent. Read by the thread that handles an
 * interruption too, so every field is volatile.
 */
final class RunState {

    private enum Phase { BEFORE_THE_YES, CONFIRMED, SENT }

    /** How the walk ended before its last step. */
    private record Ending(Outcome outcome, String message, boolean browserClosed) {
    }

    /** A send under way: its step, and the host it goes to. */
    record Sending(int step, String host) {
    }

    private volatile Phase phase = Phase.BEFORE_THE_YES;
    private volatile Optional<Ending> ending = Optional.empty();
    private volatile Optional<Sending> sending = Optional.empty();
    private final Set<String> sentTo = new CopyOnWriteArraySet<>();
    /** Every send that reached the page, the last one the send whose answer is awaited. */
    private final List<SendWatch> sends = new CopyOnWriteArrayList<>();
    /** The last send's answer, once a wait or a verify had it. */
    private volatile Optional<Verdict> answer = Optional.empty();
    private boolean interrupted;

    void confirmed() {
        if (phase == Phase.BEFORE_THE_YES) {
            phase = Phase.CONFIRMED;
        }
    }

    /** Whether a confirm step said yes: the send gate opens only then. */
    boolean yesGiven() {
        return phase != Phase.BEFORE_THE_YES;
    }

    /**
     * A send begins: from now until {@link #sendOver} it may have reached the host, or not yet. Refused once the run
     * is being interrupted, so that no send can begin unseen by the interruption.
     */
    synchronized boolean beginSend(int step, String host) {
        if (interrupted) {
            return false;
        }
        sending = Optional.of(new Sending(step, host));
        return true;
    }

    /** The run is being interrupted: no send begins from now on; the one under way, if any, is returned. */
    synchronized Optional<Sending> interrupt() {
        interrupted = true;
        return sending;
    }

    synchronized void sendOver() {
        sending = Optional.empty();
    }

    /** The send under way, if one is. */
    Optional<Sending> sending() {
        return sending;
    }

    /** A send reached the page (the browser accepted its click or key): it is now watched for its answer. */
    void sent(SendWatch watch) {
        sends.add(watch);
        sentTo.add(watch.host());
        answer = Optional.empty();
        phase = Phase.SENT;
    }

    /** The last send, while its answer is not in: what a wait after it watches. */
    Optional<SendWatch> awaitingAnswer() {
        return answer.isPresent() || sends.isEmpty() ? Optional.empty() : Optional.of(sends.get(sends.size() - 1));
    }

    /** The last send, answered or not. */
    Optional<SendWatch> lastSend() {
        return sends.isEmpty() ? Optional.empty() : Optional.of(sends.get(sends.size() - 1));
    }

    /** The last send's answer is in. */
    void answered(Verdict verdict) {
        answer = Optional.of(verdict);
    }

    Optional<Verdict> answer() {
        return answer;
    }

    /**
     * Meta's page refused the last send before anything was accepted: it no longer counts as sent. The yes stands;
     * the sends before it stay sent.
     */
    void refused() {
        if (sends.isEmpty()) {
            return;
        }
        SendWatch refused = sends.remove(sends.size() - 1);
        if (sends.stream().noneMatch(s -> s.host().equals(refused.host()))) {
            sentTo.remove(refused.host());
        }
        if (sends.isEmpty()) {
            phase = Phase.CONFIRMED;
        }
    }

    /** The hosts something was sent to, in the order of the sends. */
    List<String> sentTo() {
        return List.copyOf(sentTo);
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
