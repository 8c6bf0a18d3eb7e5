package dev.optout.engine;

import dev.optout.pack.Guard;
import dev.optout.pack.Interrupt;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.page.BrowserClosedException;
import dev.optout.page.DialogOpenException;
import dev.optout.page.Look;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import dev.optout.page.PageLoadTimeoutException;
import dev.optout.page.Traffic;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.report.RunRecord;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a pack's steps on a page, live or as a dry run, and returns the record of what happened. Each step type has
 * one executor; guards, optional steps and failures are handled here, once, for all of them. Another thread may
 * interrupt the walk under way (a signal, see {@link #interrupting}): from then on this one records, reports and
 * prints nothing more.
 */
public final class Runner {

    private final Person person;
    private final RunListener listener;
    private final Clock clock;
    private final Optional<FixKeeper> fixes;
    /** Held while a walk's record changes hands: a step recorded, the report written, an interruption. */
    private final Object lock = new Object();
    private WalkInProgress walk;
    private boolean interrupted;
    private RunInterruption interruption;
    private RunResult result;

    /** A runner that asks for no repair: a missing target fails its step. */
    public Runner(Person person, RunListener listener, Clock clock) {
        this(person, listener, clock, Optional.empty());
    }

    /** @param fixes where a repair the person confirms is kept; with it, an attended run asks for repairs */
    public Runner(Person person, RunListener listener, Clock clock, Optional<FixKeeper> fixes) {
        this.person = person;
        this.listener = listener;
        this.clock = clock;
        this.fixes = fixes;
    }

    public RunResult run(Pack pack, Map<String, String> inputs, RunSettings settings, Page page,
                         OriginMap originMap, ReportWriter report) {
        RunParts run = RunParts.assemble(pack, inputs, settings, page, originMap, report, person, listener, clock,
                fixes);
        StepExecutors executors = new StepExecutors(run, pack);
        WalkInProgress walking = new WalkInProgress(pack, settings, run, report, clock);
        synchronized (lock) {
            walk = walking;
        }
        List<String> overlays = pack.interrupts().stream().map(Interrupt::when).distinct().toList();
        for (int i = 0; i < pack.steps().size(); i++) {
            Step step = pack.steps().get(i);
            walking.starting(step);
            StepRecord record = runStep(step, LookAhead.targets(pack.steps(), i, overlays), pack.steps().size(), run,
                    executors);
            synchronized (lock) {
                if (interrupted) {
                    break;
                }
                walking.finished(record);
                listener.stepFinished(record, pack.steps().size());
            }
            if (run.state().ended()) {
                break;
            }
        }
        Outcome outcome = run.state().outcome().orElseGet(() -> completed(run));
        // Asked of the browser before the lock: an interruption must never wait for a browser that hangs.
        Optional<String> finalUrl = finalUrl(page, run.state());
        synchronized (lock) {
            if (interrupted) {
                return new RunResult(awaitInterruption().record(), false, run.state().sentSomething());
            }
            RunRecord record = new RunRecord(pack.id(), settings.mode().jsonName(), outcome, walking.started(),
                    clock.instant(), run.language().current(), finalUrl, run.outbox().sent(),
                    run.evidence().confirmation(), run.state().message(), walking.records(),
                    run.evidence().outcomeEvidence());
            report.write(record);
            walk = null;
            result = new RunResult(record, run.state().browserClosed(), run.state().sentSomething());
            return result;
        }
    }

    /**
     * The first half of an interruption, from another thread, before the browser is stopped: from now on the walk
     * under way records, reports and prints nothing more, and a send under way counts as one that may have reached
     * Meta. False when no walk is under way: none has started, or it has ended and its report stands.
     */
    public boolean interrupting() {
        synchronized (lock) {
            if (walk == null || interrupted) {
                return false;
            }
            interrupted = true;
            walk.interrupting();
            return true;
        }
    }

    /**
     * The second half, once the browser was stopped (so that nothing more can change on the page): the walk's record
     * as aborted, written as {@code run.json}.
     *
     * @param signal what interrupted it, e.g. {@code SIGINT}
     */
    public RunInterruption interrupted(String signal) {
        synchronized (lock) {
            if (!interrupted || walk == null) {
                throw new IllegalStateException("interrupted() without interrupting() first");
            }
            interruption = walk.interrupted(signal);
            walk.report().write(interruption.record());
            lock.notifyAll();
            return interruption;
        }
    }

    /**
     * The walk ended while an interruption was between its two halves: its record is the interruption's, which the
     * other thread writes once the browser is stopped (within seconds; the tool ends right after).
     */
    private RunInterruption awaitInterruption() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        try {
            while (interruption == null) {
                long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("the interruption did not finish within 30 s");
                }
                lock.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the interruption's record", e);
        }
        return interruption;
    }

    /** The walk that ended by itself, once it has. */
    public Optional<RunResult> result() {
        synchronized (lock) {
            return Optional.ofNullable(result);
        }
    }

    private StepRecord runStep(Step step, List<String> lookAhead, int stepCount, RunParts run,
                               StepExecutors executors) {
        listener.stepStarted(step, stepCount, StepDescription.of(step));
        Instant start = clock.instant();
        StepResult result = withHandledOverlays(attempt(step, lookAhead, run, executors),
                run.interrupts().drainHandled());
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
        } catch (SendVerdictException e) {
            run.verdicts().end(e.verdict(), "step " + step.number() + " '" + StepDescription.of(step) + "': ");
            return StepResult.failed(e.verdict().sentence() + "; page: " + urlOrUnknown(run.page()) + ", lang="
                    + run.language().current());
        } catch (SafetyAbortException e) {
            FailureRecord failure = failure(step, e.getMessage(), about(step, e), run);
            run.state().end(Outcome.ABORTED, failure.sentence());
            return StepResult.failed(failure.detail());
        } catch (NeedsPersonException e) {
            Optional<SendWatch> awaited = run.state().awaitingAnswer();
            if (e.dialog().isPresent() && awaited.isPresent()) {
                // The page asks its own question about the send, and nobody here can answer it: it waits, unsent.
                String text = e.dialog().get();
                run.verdicts().end(new Verdict(Outcome.REFUSED, "Meta's page did not send it: it asks "
                        + (text.isEmpty() ? "a question" : "\"" + awaited.get().masked(text) + "\"") + " in a dialog "
                        + "only a person can answer, and this run has no window", "a dialog that waits for an answer",
                        Optional.of(awaited.get().masked(text)), Traffic.none("nothing: the page's dialog kept "
                        + "optout from reading it", false)), "step " + step.number() + " '" + StepDescription.of(step)
                        + "': ");
                return StepResult.failed(e.getMessage());
            }
            // An optional step only the person could do (attaching a file) is left out; anything else is stuck.
            FailureRecord failure = failure(step, e.getMessage(), List.of(), run);
            return step.common().optional() ? notDone(step, failure, run) : run.effects().stuck(step, failure);
        } catch (TargetNotFoundException e) {
            return notFound(step, lookAhead, e, run, executors);
        } catch (StepFailedException e) {
            return notDone(step, failure(step, e.getMessage(), about(step, e), run), run);
        } catch (WaitTimeoutException | PageLoadTimeoutException e) {
            return notDone(step, failure(step, e.getMessage(), step.targets(), run), run);
        } catch (PageException e) {
            return notDone(step, failure(step, "the browser reported: " + e.getMessage(), step.targets(), run), run);
        }
    }

    /**
     * The one not-found path: an attended run asks the person to point at the missing target and tries the step
     * again with their repair; otherwise the step fails, ending with the command that repairs it, and the report
     * gets the page's outline.
     */
    private StepResult notFound(Step step, List<String> lookAhead, TargetNotFoundException e, RunParts run,
                                StepExecutors executors) {
        if (!step.common().optional()) {
            run.outline().keep(run.language().current());
            Optional<String> repaired = run.repairer().repair(step, e);
            if (repaired.isPresent()) {
                StepResult again = attempt(step, lookAhead, run, executors);
                String note = "repaired by you: " + repaired.get();
                return again.withNote(again.note().map(n -> n + "; " + note).orElse(note));
            }
        }
        FailureRecord failure = failure(step, e.getMessage(), List.of(), run);
        Optional<String> remedy = run.advice().about(step, e);
        return notDone(step, remedy.map(failure::endingWith).orElse(failure), run);
    }

    private StepResult execute(Step step, List<String> lookAhead, RunParts run, StepExecutors executors) {
        Optional<StepResult> outOfReach = run.effects().outOfReach(step);
        if (outOfReach.isPresent()) {
            return outOfReach.get();
        }
        lookBeforeStep(lookAhead, run);
        run.interrupts().beforeStep(step);
        Optional<Guard> guard = step.common().when();
        // The look before the step answers, unless an interrupt changed the page meanwhile.
        if (guard.isPresent() && run.finder().look(List.of(guard.get().target()), false).match(guard.get().target())
                .isPresent() != guard.get().present()) {
            Guard g = guard.get();
            return StepResult.skipped(Optional.empty(),
                    "skipped: " + g.target() + (g.present() ? " absent" : " present"));
        }
        return step.accept(executors);
    }

    /**
     * Before a step touches the page, one look at it: the page's language afresh (a redirect or a login may change
     * it), the overlays the pack's interrupts handle, the step's guard, and the targets of this step and the next
     * ones ({@link LookAhead}), which they then need not look for again while the page stays the same. A JavaScript
     * dialog makes the look fail; the person is told and the run waits until they answered it in the browser.
     */
    private static void lookBeforeStep(List<String> targets, RunParts run) {
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
            run.finder().lookAfresh(targets, true);
        }
    }

    /**
     * How a walk through every step ended. Judging a last send nobody awaited asks the page once more; a page that
     * cannot answer leaves it unconfirmed.
     */
    private static Outcome completed(RunParts run) {
        try {
            return run.effects().completed();
        } catch (PageException e) {
            run.state().end(Outcome.SENT_UNCONFIRMED, "The pack awaited no answer to its last send, and the page could "
                    + "not be read (" + e.getMessage() + "). Do NOT send it again: it counts as sent.");
            return Outcome.SENT_UNCONFIRMED;
        }
    }

    /** The step's note also says which overlays the pack's interrupts handled during it. */
    private static StepResult withHandledOverlays(StepResult result, List<String> handled) {
        if (handled.isEmpty()) {
            return result;
        }
        String overlays = String.join("; ", handled);
        return result.withNote(result.note().map(note -> note + "; " + overlays).orElse(overlays));
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
