package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Page;
import dev.optout.report.OutcomeEvidence;
import dev.optout.report.ReportWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's proof beside its step records: screenshots by step, the confirmation text Meta showed, and what the
 * outcome of the last send rests on.
 */
final class Evidence {

    private final Page page;
    private final ReportWriter report;
    private final Map<Integer, String> screenshots = new ConcurrentHashMap<>();
    private volatile Optional<String> confirmation = Optional.empty();
    private volatile Optional<OutcomeEvidence> outcome = Optional.empty();

    Evidence(Page page, ReportWriter report) {
        this.page = page;
        this.report = report;
    }

    void screenshot(Step step) {
        String name = String.format("step-%02d-%s", step.number(), step.type());
        screenshots.put(step.number(), report.screenshot(name, page.screenshot()));
    }

    /** A screenshot that may fail: evidence is best effort, and must not hide the failure being recorded. */
    void screenshotQuietly(Step step) {
        try {
            screenshot(step);
        } catch (RuntimeException e) {
            // The step's record says what happened; a missing picture of it is no reason to say less.
        }
    }

    Optional<String> screenshotOf(Step step) {
        return Optional.ofNullable(screenshots.get(step.number()));
    }

    void keepConfirmation(String text) {
        confirmation = Optional.of(text);
    }

    Optional<String> confirmation() {
        return confirmation;
    }

    /** What the outcome of the last judged send rests on. */
    void keepVerdict(Verdict verdict) {
        outcome = Optional.of(verdict.evidence());
    }

    Optional<OutcomeEvidence> outcomeEvidence() {
        return outcome;
    }
}
