package dev.optout.engine;

import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.report.RunRecord;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One walk through a pack as it goes: the steps recorded so far and the step under way. The runner's thread adds to
 * it; when the tool is interrupted, another thread turns it into the record of an aborted run, without asking the
 * browser anything (it may be gone, or busy with the command the runner's thread is in).
 */
final class WalkInProgress {

    private final Pack pack;
    private final RunSettings settings;
    private final RunParts run;
    private final ReportWriter report;
    private final Clock clock;
    private final Instant started;
    private final List<StepRecord> records = new ArrayList<>();
    private Step current;
    private Instant currentStart;
    private Optional<RunState.Sending> sendingWhenInterrupted = Optional.empty();

    WalkInProgress(Pack pack, RunSettings settings, RunParts run, ReportWriter report, Clock clock) {
        this.pack = pack;
        this.settings = settings;
        this.run = run;
        this.report = report;
        this.clock = clock;
        this.started = clock.instant();
    }

    synchronized void starting(Step step) {
        current = step;
        currentStart = clock.instant();
    }

    synchronized void finished(StepRecord record) {
        records.add(record);
        current = null;
    }

    synchronized List<StepRecord> records() {
        return List.copyOf(records);
    }

    Instant started() {
        return started;
    }

    ReportWriter report() {
        return report;
    }

    /**
     * The moment of the interruption: a send under way now may reach Meta or not while the browser is being stopped,
     * so it counts as one that may have.
     */
    synchronized void interrupting() {
        sendingWhenInterrupted = run.state().interrupt();
    }

    /** The record of the walk stopped here by {@code signal} ({@code SIGINT}, {@code SIGTERM}). */
    synchronized RunInterruption interrupted(String signal) {
        Optional<RunState.Sending> sending = sendingWhenInterrupted.or(() -> run.state().sending());
        List<StepRecord> steps = new ArrayList<>(records);
        if (current != null) {
            String note = "interrupted (" + signal + ")" + sending.map(s -> " while sending to " + s.host()
                    + ": it may have reached Meta").orElse("");
            steps.add(new StepRecord(current.number(), current.type(), current.targets().stream().findFirst(),
                    StepStatus.FAILED, Optional.empty(), Duration.between(currentStart, clock.instant()).toMillis(),
                    Optional.of(note), Optional.empty()));
        }
        RunRecord record = new RunRecord(pack.id(), settings.mode().jsonName(), Outcome.ABORTED, started,
                clock.instant(), run.language().current(), Optional.empty(), run.outbox().sent(),
                run.evidence().confirmation(), Optional.of(sentence(where(), sending)), steps);
        return new RunInterruption(record, sending.map(RunState.Sending::step));
    }

    /** Where the walk stopped and exactly what it had sent by then. */
    private String sentence(String where, Optional<RunState.Sending> sending) {
        if (sending.isPresent()) {
            return where + " while sending to " + sending.get().host() + ": it may have reached Meta; check your "
                    + "email before sending it again";
        }
        if (!run.state().sentSomething()) {
            return where + "; nothing was sent";
        }
        List<RunRecord.SentField> fields = run.outbox().sent();
        return where + "; already sent to " + String.join(", ", run.state().sentTo())
                + (fields.isEmpty() ? "" : ": " + fields.stream().map(RunRecord.SentField::field)
                .collect(Collectors.joining(", "))) + " (do not send it again)";
    }

    /** "at step 6" while a step is under way, "after step 5" between two. */
    private String where() {
        if (current != null) {
            return "Interrupted at step " + current.number();
        }
        return records.isEmpty() ? "Interrupted before step 1" : "Interrupted after step " + records.size();
    }
}
