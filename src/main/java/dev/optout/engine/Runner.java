package dev.optout.engine;

import dev.optout.pack.Guard;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.page.BrowserClosedException;
import dev.optout.page.DialogOpenException;
import dev.optout.page.Look;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import dev.optout.page.PageLoadTimeoutException;
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
import java.util.Map;
import java.util.Optional;

/**
 * Walks a pack's steps on a page, live or as a dry run, and returns the record of what happened. Each step type has
 * one executor; guards, optional steps and failures are handled here, once, for all of them.
 */
public final class Runner {

    private final Person person;
    private final RunListener listener;
    private final Clock clock;

    public Runner(Person person, RunListener listener, Clock clock) {
        this.person = person;
        this.listener = listener;
        this.clock = clock;
    }

    public RunResult run(Pack pack, Map<String, String> inputs, RunSettings settings, Page page,
                         OriginMap originMap, ReportWriter report) {
        Instant started = clock.instant();
        RunParts run = RunParts.assemble(pack, inputs, settings, page, originMap, report, person, listener, clock);
        StepExecutors executors = new StepExecutors(run);
        List<StepRecord> records = new ArrayList<>();
        for (int i = 0; i < pack.steps().size(); i++) {
            Step step = pack.steps().get(i);
            StepRecord record = runStep(step, LookAhead.targets(pack.steps(), i), pack.steps().size(), run,
                    executors);
            records.add(record);
            listener.stepFinished(record, pack.steps().size());
            if (run.state().ended()) {
                break;
            }
        }
        boolean verifies = pack.steps().stream().anyMatch(s -> s instanceof Step.Verify);
        Outcome outcome = run.state().outcome().orElseGet(() -> run.effects().completed(verifies));
        RunRecord record = new RunRecord(pack.id(), settings.mode().jsonName(), outcome, started, clock.instant(),
                run.language().current(), finalUrl(page, run.state()), run.outbox().sent(),
                run.evidence().confirmation(), run.state().message(), records);
        report.write(record);
        return new RunResult(record, run.state().browserClosed());
    }

    private StepRecord runStep(Step step, List<String> lookAhead, int stepCount, RunParts run,
                               StepExecutors executors) {
        listener.stepStarted(step, stepCount, StepDescription.of(step));
        Instant start = clock.instant();
        StepResult result = attempt(step, lookAhead, run, executors);
        if (result.status() == StepStatus.FAILED && !run.state().browserClosed()) {
            run.evidence().screenshotQuietly(step);
        } else {
            run.effects().afterStep(step, result);
        }
        long ms = Duration.between(start, clock.instant()).toMillis();
        return new StepRecord(step.number(), step.type(), result.target().or(() -> step.targets().stream().findFirst()),
                result.status(), result.matched(), ms, result.note(), run.evidence().screenshotOf(step));
    }

    private StepResult attempt(Step step, List<String> lookAhead, RunParts run, StepExecutors executors) {
        try {
            return execute(step, lookAhead, run, executors);
        } catch (DeclinedException e) {
            run.state().end(Outcome.DECLINED, e.getMessage());
            return StepResult.done("you said no");
        } catch (BrowserClosedException e) {
            run.state().browserClosedDuring(step.number());
            return StepResult.failed("the browser was closed");
        } catch (SafetyAbortException e) {
            FailureRecord failure = failure(step, e.getMessage(), about(step, e), run);
            run.state().end(Outcome.ABORTED, failure.sentence());
            return StepResult.failed(failure.detail());
        } catch (TargetNotFoundException e) {
            return notDone(step, failure(step, e.getMessage(), List.of(), run), run);
        } catch (StepFailedException e) {
            return notDone(step, failure(step, e.getMessage(), about(step, e), run), run);
        } catch (WaitTimeoutException | PageLoadTimeoutException e) {
            return notDone(step, failure(step, e.getMessage(), step.targets(), run), run);
        } catch (PageException e) {
            return notDone(step, failure(step, "the browser reported: " + e.getMessage(), step.targets(), run), run);
        }
    }

    private StepResult execute(Step step, List<String> lookAhead, RunParts run, StepExecutors executors) {
        Optional<StepResult> outOfReach = run.effects().outOfReach(step);
        if (outOfReach.isPresent()) {
            return outOfReach.get();
        }
        Look look = lookBeforeStep(lookAhead, run);
        Optional<Guard> guard = step.common().when();
        if (guard.isPresent() && look.match(guard.get().target()).isPresent() != guard.get().present()) {
            Guard g = guard.get();
            return StepResult.skipped(Optional.empty(),
                    "skipped: " + g.target() + (g.present() ? " absent" : " present"));
        }
        return step.accept(executors);
    }

    /**
     * Before a step touches the page, one look at it: the page's language afresh (a redirect or a login may change
     * it), the step's guard, and the targets of this step and the next ones ({@link LookAhead}), which they then need
     * not look for again while the page stays the same. A JavaScript dialog makes the look fail; the person is told
     * and the run waits until they answered it in the browser.
     */
    private static Look lookBeforeStep(List<String> targets, RunParts run) {
        Look look;
        try {
            look = run.finder().look(targets, true);
        } catch (BrowserClosedException e) {
            throw e;
        } catch (PageException e) {
            if (!(e instanceof DialogOpenException) && run.page().openDialogText().isEmpty()) {
                throw e;
            }
            run.waiter().untilNoDialog(run.settings().personTimeout());
            look = run.finder().lookAfresh(targets, true);
        }
        if (run.language().adopt(look.language()) && !targets.isEmpty()) {
            // The texts looked for were those of the language before: look again in the page's.
            look = run.finder().lookAfresh(targets, true);
        }
        return look;
    }

    /** An optional step that could not be done is skipped; any other is the run's effects' to judge. */
    private static StepResult notDone(Step step, FailureRecord failure, RunParts run) {
        if (step.common().optional()) {
            return StepResult.skipped(Optional.empty(), "optional step not done: " + failure.detail());
        }
        return run.effects().missed(step, failure);
    }

    private static List<String> about(Step step, StepFailedException e) {
        return e.targets().isEmpty() ? step.targets() : e.targets();
    }

    private static FailureRecord failure(Step step, String cause, List<String> targets, RunParts run) {
        return new FailureRecord(step, cause, targets.stream().map(run.finder()::tried).toList(),
                urlOrUnknown(run.page()), run.language().current());
    }

    private static String urlOrUnknown(Page page) {
        try {
            return page.url();
        } catch (PageException e) {
            return "(unknown)";
        }
    }

    private static Optional<String> finalUrl(Page page, RunState state) {
        if (state.browserClosed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(page.url());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
