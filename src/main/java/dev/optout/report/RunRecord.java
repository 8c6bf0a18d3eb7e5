package dev.optout.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A whole run, the proof the tool keeps of what was (or would have been) sent.
 *
 * @param sent         the values sent, masked where personal, keyed by the field they went into
 * @param confirmation the success text the page showed, when it showed one
 */
public record RunRecord(String pack, String mode, Outcome outcome, Instant startedAt, Instant finishedAt,
                        String language, Optional<String> finalUrl, List<SentField> sent,
                        Optional<String> confirmation, Optional<String> message, List<StepRecord> steps) {

    public RunRecord {
        sent = List.copyOf(sent);
        steps = List.copyOf(steps);
    }

    /** A value that went into a field, masked where personal. */
    public record SentField(String field, String value, String host) {
    }
}
