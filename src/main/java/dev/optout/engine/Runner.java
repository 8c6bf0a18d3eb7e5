package dev.optout.engine;

import dev.optout.browser.PageLoadTimeoutException;
import dev.optout.browser.WebPage;
import dev.optout.pack.Guard;
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
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebDriverException;

/**
 * Walks a pack's steps on a page, live or as a dry run, and returns the record of what happened. Each step type has
 * one executor; guards and optional steps are handled here, once, for all of them.
 */
public final class Runner {

    private final Person person;
    private final RunListener listener;
    private final Clock clock;
    private final Map<Class<? extends Step>, StepExecutor<? extends Step>> executors;

    public Runner(Person person, RunListener listener, Clock clock) {
        this.person = person;
        this.listener = listener;
        this.clock = clock;
        FieldWriter writer = new FieldWriter();
        ReadBack readBack = new ReadBack(writer);
        SendGate gate = new SendGate(readBack);
        this.executors = Map.ofEntries(
                Map.entry(Step.Open.class, new OpenExecutor()),
                Map.entry(Step.WaitFor.class, new WaitForExecutor()),
                Map.entry(Step.Click.class, new ClickExecutor(gate)),
                Map.entry(Step.Fill.class, new FillExecutor(writer)),
                Map.entry(Step.Select.class, new SelectExecutor(writer)),
                Map.entry(Step.Check.class, new CheckExecutor()),
                Map.entry(Step.Press.class, new PressExecutor(gate)),
                Map.entry(Step.Confirm.class, new ConfirmExecutor(readBack)),
                Map.entry(Step.WaitForPerson.class, new WaitForPersonExecutor()),
                Map.entry(Step.Ask.class, new AskExecutor()),
                Map.entry(Step.Verify.class, new VerifyExecutor()));
    }

    public RunResult run(Pack pack, Map<String, String> inputs, RunSettings settings, WebPage page,
                         OriginMap originMap, ReportWriter report) {
        Instant started = clock.instant();
        Waiter waiter = new Waiter(person, listener, page::openDialogText, clock);
        RunContext context = new RunContext(pack, settings, page, waiter, person,
                new AllowedOrigins(pack.origins(), originMap), report, inputs);
        List<StepRecord> records = new ArrayList<>();
        Ending ending = new Ending();
        for (Step step : pack.steps()) {
            StepRecord record = runStep(step, context, ending);
            records.add(record);
            listener.stepFinished(record, pack.steps().size());
            if (ending.stop) {
                break;
            }
        }
        if (ending.outcome == null) {
            ending.outcome = completedOutcome(pack, context);
        }
        RunRecord run = new RunRecord(pack.id(), settings.mode().jsonName(), ending.outcome, started, clock.instant(),
                context.language(), finalUrl(page, ending), context.sent(), context.confirmation(),
                Optional.ofNullable(ending.message), records);
        report.write(run);
        return new RunResult(run, ending.browserClosed);
    }

    private StepRecord runStep(Step step, RunContext context, Ending ending) {
        listener.stepStarted(step, context.pack.steps().size(), describe(step));
        Instant start = clock.instant();
        StepResult result;
        try {
            result = execute(step, context);
        } catch (DeclinedException e) {
            ending.end(Outcome.DECLINED, e.getMessage());
            result = new StepResult(StepStatus.DONE, Optional.empty(), Optional.empty(), Optional.of("you said no"));
        } catch (SafetyAbortException e) {
            ending.end(Outcome.ABORTED, failure(step, e.getMessage()));
            result = failed(e.getMessage());
        } catch (BrowserClosedException e) {
            ending.browserClosed = true;
            ending.end(Outcome.ABORTED, "the browser was closed during step " + step.number()
                    + (context.sentSomething() ? "; something was already sent: check your email" : "; nothing was sent"));
            result = failed("the browser was closed");
        } catch (StepFailedException | WaitTimeoutException | PageLoadTimeoutException e) {
            result = stepFailed(step, context, ending, e.getMessage());
        } catch (WebDriverException e) {
            if (Waiter.isBrowserGone(e)) {
                ending.browserClosed = true;
                ending.end(Outcome.ABORTED, "the browser was closed during step " + step.number());
                result = failed("the browser was closed");
            } else {
                result = stepFailed(step, context, ending, "the browser reported: " + Waiter.firstLine(e));
            }
        }
        if (result.status() == StepStatus.FAILED && !ending.browserClosed) {
            screenshotQuietly(context, step);
        } else if (context.dryRun() && result.status() != StepStatus.SKIPPED && !ending.browserClosed
                && context.screenshotOf(step).isEmpty() && !context.pastDryRunSend()) {
            screenshotQuietly(context, step);
        }
        long ms = Duration.between(start, clock.instant()).toMillis();
        return new StepRecord(step.number(), step.type(), result.target().or(() -> step.targets().stream().findFirst()),
                result.status(), result.matched(), ms, result.note(), context.screenshotOf(step));
    }

    @SuppressWarnings("unchecked")
    private StepResult execute(Step step, RunContext context) {
        if (context.pastDryRunSend()) {
            String condition = step.common().when().map(g -> " (only if " + g + ")").orElse("");
            return StepResult.wouldDo("comes after the send, so a dry run cannot reach it" + condition);
        }
        context.waiter.untilNoDialog(context.settings.personTimeout());
        context.refreshLanguage();
        Optional<Guard> guard = step.common().when();
        if (guard.isPresent() && context.finder.now(guard.get().target()).isPresent() != guard.get().present()) {
            Guard g = guard.get();
            return StepResult.skipped("skipped: " + g.target() + (g.present() ? " absent" : " present"));
        }
        StepExecutor<Step> executor = (StepExecutor<Step>) executors.get(step.getClass());
        return executor.run(step, context);
    }

    private StepResult stepFailed(Step step, RunContext context, Ending ending, String message) {
        if (step.common().optional()) {
            return StepResult.skipped("optional step not done: " + message);
        }
        if (context.dryRun()) {
            // A dry run reports every target found or missing, so it goes on past a missing one; what a missing
            // send button would have led to cannot be reached.
            context.noteDryRunMiss();
            if (step.common().submits()) {
                context.markPastDryRunSend();
            }
            return failed(message);
        }
        if (context.sentSomething()) {
            ending.end(Outcome.UNCONFIRMED, failure(step, message) + ". Something was already sent: do NOT send it "
                    + "again; check your email and Meta's Privacy Center for Meta's answer.");
        } else {
            ending.end(Outcome.FAILED, failure(step, message) + ". Nothing was sent.");
        }
        return failed(message);
    }

    private static Outcome completedOutcome(Pack pack, RunContext context) {
        if (context.dryRun()) {
            return Outcome.DRY_RUN;
        }
        boolean hasVerify = pack.steps().stream().anyMatch(s -> s instanceof Step.Verify);
        return context.confirmation().isPresent() || !hasVerify ? Outcome.CONFIRMED : Outcome.UNCONFIRMED;
    }

    private static StepResult failed(String message) {
        return new StepResult(StepStatus.FAILED, Optional.empty(), Optional.empty(), Optional.of(message));
    }

    static String failure(Step step, String message) {
        return "step " + step.number() + " '" + describe(step) + "' failed: " + message;
    }

    /** A step in words, e.g. "click send" or the pack's own name for it. */
    public static String describe(Step step) {
        return step.common().label().orElseGet(() -> {
            if (step instanceof Step.Open open) {
                return "open " + open.url();
            }
            if (step instanceof Step.Press press) {
                return "press " + press.key() + press.target().map(t -> " in " + t).orElse("");
            }
            if (step instanceof Step.Ask ask) {
                return "ask for " + ask.input();
            }
            if (step instanceof Step.Confirm) {
                return "confirm with you";
            }
            if (step instanceof Step.WaitForPerson) {
                return "wait for you";
            }
            return step.type() + " " + String.join(" / ", step.targets());
        });
    }

    private static void screenshotQuietly(RunContext context, Step step) {
        try {
            context.screenshot(step);
        } catch (RuntimeException e) {
            // Evidence is best effort; a failed screenshot must not hide the failure being recorded.
        }
    }

    private static Optional<String> finalUrl(WebPage page, Ending ending) {
        if (ending.browserClosed) {
            return Optional.empty();
        }
        try {
            return Optional.of(page.url());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How the walk ended early, if it did. */
    private static final class Ending {
        Outcome outcome;
        String message;
        boolean stop;
        boolean browserClosed;

        void end(Outcome how, String why) {
            outcome = how;
            message = why;
            stop = true;
        }
    }
}
