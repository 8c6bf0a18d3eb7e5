package dev.optout.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A whole run, the proof the tool keeps of what was (or would have been) sent.
 *
 * @param sent         the values sent, masked where personal, keyed by the field they went into
 * @param confirmation the success text the page showed, when it showed one
 * @param evidence     what the outcome of the last send rests on, when something was sent
 */
public record RunRecord(String pack, String mode, Outcome outcome, Instant startedAt, Instant finishedAt,
                        String language, Optional<String> finalUrl, List<SentField> sent,
                        Optional<String> confirmation, Optional<String> message, List<StepRecord> steps,
                        Optional<OutcomeEvidence> evidence) {

    public RunRecord {
        sent = List.copyOf(sent);
        steps = List.copyOf(steps);
    }

    /** A record without evidence of a send's outcome: nothing was sent, or the run ended before it was judged. */
    public RunRecord(String pack, String mode, Outcome outcome, Instant startedAt, Instant finishedAt,
                     String language, Optional<String> finalUrl, List<SentField> sent,
                     Optional<String> confirmation, Optional<String> message, List<StepRecord> steps) {
        this(pack, mode, outcome, startedAt, finishedAt, language, finalUrl, sent, confirmation, message, steps,
                Optional.empty());
    }

    /** A value that went into a field, masked where personal. */
    public record SentField(String field, String value, String host) {
    }
}
