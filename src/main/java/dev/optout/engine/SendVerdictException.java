package dev.optout.engine;

/**
 * The answer to a send is in, and it is not one a step can go on from: Meta's page refused it, answered it with an
 * error, or gave no confirmation in time. The run ends with the verdict as its outcome, and nothing is sent again.
 */
final class SendVerdictException extends RuntimeException {

    private final Verdict verdict;

    SendVerdictException(Verdict verdict) {
        super(verdict.sentence());
        this.verdict = verdict;
    }

    Verdict verdict() {
        return verdict;
    }
}
