package dev.optout.engine;

import dev.optout.pack.Pack;
import dev.optout.page.Page;
import dev.optout.report.ReportWriter;
import java.time.Clock;
import java.util.Map;

/**
 * The parts of one run, each with one job, put together once: its values, its view of the page, what it will send
 * and has sent, its evidence, where it stands, and the effects of its mode.
 */
record RunParts(RunSettings settings, Page page, Person person, Waiter waiter, RunLanguage language, RunValues values,
                TargetFinder finder, OriginGuard origins, Outbox outbox, Evidence evidence, RunState state,
                StepTimeouts timeouts, FieldWriter writer, ReadBack readBack, ConfirmSummary summary,
                Effects effects) {

    static RunParts assemble(Pack pack, Map<String, String> inputs, RunSettings settings, Page browserPage,
                             OriginMap originMap, ReportWriter report, Person person, RunListener listener,
                             Clock clock) {
        WatchedPage watched = new WatchedPage(browserPage);
        Page page = watched;
        RunLanguage language = new RunLanguage(settings.locale(), page);
        Waiter waiter = new Waiter(page, person, listener, clock);
        TargetFinder finder = new TargetFinder(pack, watched, waiter, language::current, clock);
        OriginGuard origins = new OriginGuard(page, new AllowedOrigins(pack.origins(), originMap));
        Outbox outbox = new Outbox();
        Evidence evidence = new Evidence(page, report);
        RunState state = new RunState();
        StepTimeouts timeouts = new StepTimeouts(settings.stepTimeout());
        FieldWriter writer = new FieldWriter(finder, page, waiter, origins, timeouts, outbox);
        ReadBack readBack = new ReadBack(finder, writer, outbox);
        ConfirmSummary summary = new ConfirmSummary(outbox, origins, readBack, settings.valuesInFull());
        // The one place the mode is asked: from here on, executors hand their actions to whichever was chosen.
        Effects effects = settings.mode() == Mode.DRY_RUN
                ? new DryRunEffects(page, evidence, origins, person, outbox, summary, timeouts, state)
                : new LiveEffects(page, evidence, outbox, state, new SendGate(state, origins, readBack));
        return new RunParts(settings, page, person, waiter, language, new RunValues(pack, inputs, language), finder,
                origins, outbox, evidence, state, timeouts, writer, readBack, summary, effects);
    }
}
