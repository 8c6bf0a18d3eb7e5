package dev.optout.engine;

import java.time.Duration;

/** A condition did not hold within its time limit. */
public final class WaitTimeoutException extends RuntimeException {

    private final Duration timeout;

    public WaitTimeoutException(String what, Duration timeout, String lastProblem) {
        super(what + " did not happen within " + timeout.toSeconds() + " s"
                + (lastProblem == null ? "" : " (last problem: " + lastProblem + ")"));
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
