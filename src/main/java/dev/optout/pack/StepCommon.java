package dev.optout.pack;

import java.time.Duration;
import java.util.Optional;

/**
 * What every step has besides its type.
 *
 * @param number   1-based position in the pack, as shown by {@code plan} and in every error
 * @param line     line of the step in its pack file, for error messages
 * @param label    the pack's human description of the step ({@code name:}), or empty
 * @param optional a step that cannot be done is skipped instead of failing the run
 * @param when     a guard: the step runs only when it holds, and is skipped otherwise
 * @param submits  the step sends something to Meta; it runs only after a confirm step said yes
 * @param timeout  how long this step may wait for its target, overriding the run's default
 * @param sends    on a submitting step, what the send goes to (e.g. {@code facebook-ai-objection}): every pack that
 *                 sends the same form names it alike, so that one record of the send serves them all
 */
public record StepCommon(
        int number,
        int line,
        Optional<String> label,
        boolean optional,
        Optional<Guard> when,
        boolean submits,
        Optional<Duration> timeout,
        Optional<String> sends) {

    public StepCommon withNumber(int number) {
        return new StepCommon(number, line, label, optional, when, submits, timeout, sends);
    }

    public static StepCommon plain(int number) {
        return new StepCommon(number, 0, Optional.empty(), false, Optional.empty(), false, Optional.empty(),
                Optional.empty());
    }
}
