package dev.optout.engine;

import dev.optout.report.RunRecord;
import java.util.Optional;

/**
 * How a run ended when the tool was interrupted (Ctrl-C, SIGTERM): its record, already written as {@code run.json}
 * with outcome {@code aborted}, whose message says where it stopped and what was sent.
 *
 * @param sendingStep the submitting step that was under way at that moment: it may or may not have reached Meta
 */
public record RunInterruption(RunRecord record, Optional<Integer> sendingStep) {

    /** The one line the person reads, e.g. {@code Interrupted at step 6; nothing was sent}. */
    public String sentence() {
        return record.message().orElse("Interrupted");
    }
}
