package dev.optout.engine;

import dev.optout.pack.InputType;
import dev.optout.pack.Pack;
import dev.optout.page.Page;
import dev.optout.report.ReportWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of one run, each with one job, put together once: its values, its view of the page, what it will send
 * and has sent, its evidence, where it stands, and the effects of its mode.
 */
record RunParts(RunSettings settings, Page page, Person person, Waiter waiter, RunLanguage language, RunValues values,
                NewTabs tabs, TargetFinder finder, OriginGuard origins, Interrupts interrupts, Outbox outbox,
                Evidence evidence,
                RunState state, StepTimeouts timeouts, Typeahead typeahead, FieldWriter writer, ReadBack readBack,
                ConfirmSummary summary, AnswerWait answer, Effects effects, Repairer repairer, OutlineKeeper outline,
                VerdictEnding verdicts, MissingTargetAdvice advice) {

    /** @param tab the page in the tool's tab; the steps act on it through the pack's interrupts */
    static RunParts assemble(Pack pack, Map<String, String> inputs, RunSettings settings, Page browserTab,
                             OriginMap originMap, ReportWriter report, Person person, RunListener listener,
                             Clock clock, Optional<FixKeeper> fixes) {
        WatchedPage tab = new WatchedPage(browserTab);
        RunLanguage language = new RunLanguage(settings.locale(), tab, pack, person);
        Waiter waiter = new Waiter(tab, person, listener, clock, settings.personAtTheBrowser());
        NewTabs tabs = new NewTabs(tab, clock);
        TargetFinder finder = new TargetFinder(pack, tab, waiter, language::current, tabs, clock);
        OriginGuard origins = new OriginGuard(tab, new AllowedOrigins(pack.origins(), originMap));
        Interrupts interrupts = new Interrupts(pack.interrupts(), finder, tab, origins, waiter, settings.stepTimeout());
        Page page = new InterruptingPage(tab, interrupts);
        Outbox outbox = new Outbox();
        Evidence evidence = new Evidence(page, report);
        RunState state = new RunState();
        StepTimeouts timeouts = new StepTimeouts(settings.stepTimeout());
        Typeahead typeahead = new Typeahead(finder, page, waiter, origins, timeouts);
        FieldWriter writer = new FieldWriter(finder, page, waiter, origins, timeouts, outbox, typeahead);
        ReadBack readBack = new ReadBack(finder, writer, outbox);
        RepairLog repairs = new RepairLog();
        ConfirmSummary summary = new ConfirmSummary(outbox, origins, readBack, settings.valuesInFull(), repairs);
        // Only a person who can answer is asked to repair: --yes means nobody is there.
        MissingTargets missing = new MissingTargets(pack);
        Repairer repairer = new Repairer(page, person, finder, origins, language, fixes, repairs, clock,
                !settings.assumeYes(), settings.personAtTheBrowser(), missing);
        // The one place the mode is asked: from here on, executors hand their actions to whichever was chosen.
        VerdictEnding verdicts = new VerdictEnding(state, outbox, evidence);
        Effects effects = settings.mode() == Mode.DRY_RUN
                ? new DryRunEffects(page, evidence, origins, person, outbox, summary, timeouts, state)
                : new LiveEffects(page, evidence, outbox, state,
                        new SendGate(state, origins, readBack, pack.errorTargets(), page), verdicts, clock);
        boolean packAsksForCode = pack.inputs().values().stream().anyMatch(i -> i.type() == InputType.CODE);
        AnswerWait answer = new AnswerWait(pack.errorTargets(), finder, page, state, waiter, interrupts, clock,
                new SendFollowUps(page, origins, person, clock, packAsksForCode), new PersonStepWait(page, person, waiter,
                settings.personTimeout(), settings.personAtTheBrowser() && !settings.assumeYes()));
        RunValues values = new RunValues(pack, inputs, language, person);
        return new RunParts(settings, page, person, waiter, language, values, tabs, finder,
                origins, interrupts, outbox, evidence, state, timeouts, typeahead, writer, readBack, summary, answer,
                effects, repairer, new OutlineKeeper(page, report, listener), verdicts,
                new MissingTargetAdvice(page, finder, missing));
    }
}
