package dev.optout.cli;

import dev.optout.browser.AttachSettings;
import dev.optout.browser.BrowserSession;
import dev.optout.browser.Browsers;
import dev.optout.browser.DebuggingAddress;
import dev.optout.browser.LaunchSettings;
import dev.optout.engine.FixKeeper;
import dev.optout.engine.Mode;
import dev.optout.engine.OriginMap;
import dev.optout.engine.RunResult;
import dev.optout.engine.RunSettings;
import dev.optout.engine.Runner;
import dev.optout.engine.StepDescription;
import dev.optout.pack.FixFolder;
import dev.optout.pack.InputSpec;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.report.HtmlReport;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.report.RunRecord;
import dev.optout.report.SendLedger;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * What {@code run}, {@code demo} and {@code guide} share: check every input before a browser starts, start it, walk
 * one or several packs in it, keep the proof and turn the outcomes into an exit code.
 */
final class RunWorkflow {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Console console;
    private final PrintWriter out;
    private final PrintWriter err;
    private final RunOptions options;
    private final SendRecords sends;
    /** Where the person lives, when a command knows it beyond the packs' inputs (the guide asks it). */
    private Optional<String> homeCountry = Optional.empty();
    /** Where a repair the person confirms during a run is kept; without it, runs ask for no repair. */
    private Optional<FixKeeper> fixes = Optional.empty();

    RunWorkflow(Console console, PrintWriter out, PrintWriter err, RunOptions options) {
        this.console = console;
        this.out = out;
        this.err = err;
        this.options = options;
        this.sends = new SendRecords(console.folders());
    }

    /**
     * Everything a run needs, gathered from options; nothing here has touched a browser yet.
     *
     * @param demo against the bundled replica: recorded as a demo, in its own folder, never in the ledger
     */
    record Request(Pack pack, Map<String, String> given, List<String> originMap, BrowserOptions browser,
                   Path profile, boolean demo) {
    }

    /** A run checked and ready: every input valid, the report folder chosen; still no browser. */
    record PreparedRun(Pack pack, Map<String, String> inputs, OriginMap originMap, RunSettings settings,
                       ReportWriter report, boolean demo) {
    }

    /** A pack walked, and where its readable report is. */
    record Finished(RunResult result, Optional<Path> html) {
    }

    void livingIn(String isoCountry) {
        homeCountry = Optional.of(isoCountry);
    }

    /** An attended run asks the person to repair a missing target, and keeps the repair in this packs folder. */
    void keepFixesIn(Path packsFolder) {
        FixFolder folder = new FixFolder(packsFolder);
        fixes = Optional.of(fix -> folder.keep(fix).toString());
    }

    /**
     * One pack: what was given checked (warnings first), the display, then the ledger, all before anything is
     * asked; then the questions, the browser, the run.
     */
    int execute(Request request) {
        Map<String, String> given = checkGiven(request.pack(), request.given());
        OriginMap originMap = parseOriginMap(request.originMap());
        Path folder = reportFolder(options.report, request.pack(), request.demo());
        DisplayCheck.apply(console, request.browser(), List.of(request.pack()), out);
        if (!request.demo()) {
            refuseRepeat(request.pack(), originMap, request.profile());
        }
        PreparedRun prepared = prepare(request.pack(), given, originMap, request.browser(), folder, request.demo());
        List<Finished> finished = runInOneBrowser(List.of(prepared), request.browser(), request.profile());
        openReports(finished);
        return exitCode(finished.stream().map(Finished::result).toList());
    }

    /**
     * Walks prepared packs one after another in one browser, each with its own progress, confirmation and report.
     * After a run in which the browser was closed, the rest cannot run.
     */
    List<Finished> runInOneBrowser(List<PreparedRun> runs, BrowserOptions browser, Path profile) {
        runs.forEach(prepared -> ReportFolders.requireWritable(prepared.report().folder(), console.folders()));
        List<Finished> finished = new ArrayList<>();
        WorkflowInterruption interruption = new WorkflowInterruption(err,
                (prepared, interrupted) -> sends.keep(prepared, interrupted.record(), interrupted.sendingStep(),
                        profile),
                (prepared, ended) -> sends.keepFinished(prepared, ended, profile));
        try (Interrupts.Registration onSignal = console.interrupts().whileRunning(interruption);
             BrowserSession session = openBrowser(browser, profile)) {
            interruption.browserOpen(session);
            for (PreparedRun prepared : runs) {
                if (!finished.isEmpty()) {
                    out.println();
                }
                Finished run = run(session, prepared, interruption);
                finished.add(run);
                if (run.result().browserClosed()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // An interruption stops the browser under the main thread's feet; what it then throws is no news.
            console.interrupts().waitForTheEndIfInterrupted();
            throw e;
        }
        return finished;
    }

    /** Opens the readable reports in the person's web browser, when there is a display to show them on. */
    void openReports(List<Finished> finished) {
        if (!console.displayAvailable() || options.noOpen) {
            return;
        }
        finished.forEach(run -> run.html().ifPresent(console::open));
    }

    /**
     * The same request sent twice helps nobody and may confuse Meta's answer: a live run stops before anything is
     * asked when this profile already sent (or tried to send) what this pack sends, by this pack or any other that
     * sends the same form, unless the person insists with {@code --force}.
     */
    void refuseRepeat(Pack pack, OriginMap originMap, Path profile) {
        earlierSend(pack, originMap, profile).ifPresent(earlier -> {
            throw new UserError(ExitCodes.USAGE, describe(earlier) + "; sending it again is not needed. Check your "
                    + "email for Meta's answer, or pass --force to send anyway");
        });
    }

    /** The earlier send from this profile to what this pack sends to, which a live run would repeat, unless forced. */
    Optional<SendLedger.Entry> earlierSend(Pack pack, OriginMap originMap, Path profile) {
        if (options.dryRun || options.force) {
            return Optional.empty();
        }
        return sends.earlier(pack, originMap, profile);
    }

    static String describe(SendLedger.Entry earlier) {
        return SendRecords.describe(earlier);
    }

    /**
     * The values given with {@code --set}, checked before anything is asked or started: first a warning for each
     * name the pack does not use, then every malformed value, all in one error.
     *
     * @return the values the pack uses, normalised; blank ones left out, as if not given
     */
    Map<String, String> checkGiven(Pack pack, Map<String, String> given) {
        InputValidator.warnings(pack, given).forEach(warning -> err.println("optout: warning: " + warning));
        err.flush();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> value : given.entrySet()) {
            Optional<InputSpec> spec = pack.input(value.getKey());
            if (spec.isEmpty() || value.getValue() == null || value.getValue().isBlank()) {
                continue;
            }
            try {
                values.put(value.getKey(), InputValidator.validateOne(spec.get(), value.getValue()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, String.join("; ", problems));
        }
        return values;
    }

    /** Asks for what is still missing (each question asked again until it is answered well), before any browser. */
    PreparedRun prepare(Pack pack, Map<String, String> given, OriginMap originMap, BrowserOptions browser,
                        Path reportFolder, boolean demo) {
        browser.attachAddress();
        Map<String, String> inputs = askForMissing(pack, given);
        Mode mode = options.dryRun ? Mode.DRY_RUN : demo ? Mode.DEMO : Mode.LIVE;
        RunSettings settings = RunSettings.defaults(mode)
                .withAssumeYes(options.yes)
                .withLocale(options.language())
                .withStepTimeout(browser.stepTimeout())
                .withValuesInFull(console.terminal().interactive())
                .withPersonAtTheBrowser(!browser.headless);
        return new PreparedRun(pack, inputs, originMap, settings, new ReportWriter(reportFolder), demo);
    }

    private Map<String, String> askForMissing(Pack pack, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(given);
        Prompter prompter = new Prompter(console, out);
        try (Interrupts.Registration onSignal = console.interrupts().whileRunning(signal -> {
            err.println();
            err.println("optout: Interrupted while asking for " + pack.id() + "'s values; no browser was started, "
                    + "nothing was sent");
            err.flush();
        })) {
            for (InputSpec spec : InputOrder.of(pack)) {
                if (spec.required() && !values.containsKey(spec.name())) {
                    Optional<String> answer = prompter.ask(Question.forInput(spec));
                    console.interrupts().waitForTheEndIfInterrupted();
                    answer.ifPresent(value -> values.put(spec.name(), value));
                }
            }
        }
        try {
            return InputValidator.validate(pack, values).values();
        } catch (InvalidInputException e) {
            throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, String.join("; ", e.problems()));
        }
    }

    static OriginMap parseOriginMap(List<String> entries) {
        try {
            return OriginMap.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
    }

    /**
     * The one place a command gets a browser: a new tab in the person's browser with {@code --attach}, else the
     * chosen browser started on {@code profile}.
     */
    private BrowserSession openBrowser(BrowserOptions browser, Path profile) {
        Optional<DebuggingAddress> attach = browser.attachAddress();
        Optional<Path> driver = Optional.ofNullable(browser.driver);
        if (attach.isPresent()) {
            out.println("Attaching to the browser on " + attach.get() + ": optout works in a new tab and closes only "
                    + "that tab when it ends.");
            out.flush();
            return Browsers.attach(new AttachSettings(attach.get(), browser.browserKind(), driver,
                    browser.stepTimeout()));
        }
        // --timeout bounds page loads too: a page that does not load in that time will not load in any useful one.
        return Browsers.launch(new LaunchSettings(profile, browser.headless, driver, Optional.empty(),
                browser.stepTimeout(), browser.browserKind()));
    }

    /** Walks one prepared pack in an open browser, with progress, the proof and a closing sentence. */
    private Finished run(BrowserSession session, PreparedRun prepared, WorkflowInterruption interruption) {
        console.interrupts().waitForTheEndIfInterrupted();
        Pack pack = prepared.pack();
        Mode mode = prepared.settings().mode();
        out.println((mode == Mode.DRY_RUN ? "Dry run of " : mode == Mode.DEMO ? "Demo of " : "Running ") + pack.id()
                + ": " + pack.title());
        out.flush();
        Runner runner = new Runner(new ConsolePerson(console, out),
                new ConsoleProgress(out, options.verbose, Colours.of(console.terminal())), console.clock(), fixes);
        interruption.walking(prepared, runner);
        RunResult result = runner.run(pack, prepared.inputs(), prepared.settings(), session.pagePort(),
                prepared.originMap(), prepared.report());
        console.interrupts().waitForTheEndIfInterrupted();
        // Every live attempt, sent or not, is one line of the history (kept by the interruption's bookkeeping, so
        // that a signal arriving now records it once); only the sends stop a repeat.
        AtomicReference<Optional<Path>> html = new AtomicReference<>(Optional.empty());
        interruption.ended(prepared, result, () -> {
            List<String> next = ClosingAdvice.nextSteps(pack.id(), result.record().outcome(), country(prepared),
                    prepared.demo());
            html.set(writeHtml(prepared, result.record(), next));
            printEnding(result, prepared, next, html.get());
        });
        console.interrupts().waitForTheEndIfInterrupted();
        return new Finished(result, html.get());
    }

    private Optional<String> country(PreparedRun prepared) {
        return Optional.ofNullable(prepared.inputs().get("country")).or(() -> homeCountry);
    }

    private Optional<Path> writeHtml(PreparedRun prepared, RunRecord record, List<String> next) {
        Map<Integer, String> names = prepared.pack().steps().stream()
                .collect(Collectors.toMap(Step::number, StepDescription::of, (first, second) -> first));
        try {
            return Optional.of(prepared.report().writeHtml(record, new HtmlReport.Context(prepared.pack().title(),
                    names, next, console.clock().getZone())));
        } catch (RuntimeException e) {
            err.println("optout: warning: report.html could not be written (" + e.getMessage() + "); run.json holds "
                    + "the proof");
            err.flush();
            return Optional.empty();
        }
    }

    /** The report's place, then the outcome as the last line: what a person reads last is what became of it. */
    private void printEnding(RunResult result, PreparedRun prepared, List<String> next, Optional<Path> html) {
        RunRecord run = result.record();
        out.println("Report: " + html.orElse(prepared.report().folder().resolve("run.json")));
        out.flush();
        switch (run.outcome()) {
            case CONFIRMED -> out.println(confirmed(run, prepared.demo()) + " " + next.get(0));
            case DONE -> out.println("Done: every step was walked; this pack sent nothing.");
            case DRY_RUN -> out.println(result.anyStepFailed()
                    ? "Dry run: some targets were not found (see the failed steps above); nothing was sent."
                    : "Dry run: every target was found; nothing was typed or sent.");
            case DECLINED -> out.println("Stopped: " + run.message().orElse("you declined") + ".");
            default -> err.println(run.outcome().jsonName() + ": " + run.message().orElse("the run did not finish"));
        }
        out.flush();
        err.flush();
    }

    /** A confirmation in the pack's words is quoted; one in the page's own words says what it rests on. */
    private static String confirmed(RunRecord run, boolean demo) {
        String who = demo ? "the replica" : "Meta's page";
        String quote = run.confirmation().map(c -> " (\"" + c + "\")").orElse("");
        boolean byStructure = run.evidence().map(e -> e.basis().startsWith("the page's structure")).orElse(false);
        if (!byStructure) {
            return "Done: " + who + " confirmed it" + quote + ".";
        }
        return "Done: " + who + " confirmed it in its own words" + quote + ": the form gave way to that answer once "
                + "the send had come back fine.";
    }

    Path reportFolder(Path requested, Pack pack, boolean demo) {
        if (requested != null) {
            if (Files.exists(requested.resolve("run.json"))) {
                throw new UserError(ExitCodes.USAGE, "--report " + requested + " already holds a run.json; choose "
                        + "an empty folder so no earlier proof is overwritten");
            }
            return requested;
        }
        return newReportFolder(pack.id(), demo);
    }

    /** A report folder of its own under the data folder (demos apart from real runs), named by the time and name. */
    Path newReportFolder(String name, boolean demo) {
        Path root = demo ? console.folders().demoRuns() : console.folders().runs();
        return root.resolve(FOLDER_TIME.format(console.clock().instant()) + "-" + name);
    }

    /** The first exit code that is not OK: what went wrong first decides. */
    static int exitCode(List<RunResult> results) {
        return results.stream().map(RunWorkflow::exitCode).filter(code -> code != ExitCodes.OK).findFirst()
                .orElse(ExitCodes.OK);
    }

    static int exitCode(RunResult result) {
        if (result.browserClosed()) {
            return ExitCodes.BROWSER_CLOSED;
        }
        Outcome outcome = result.record().outcome();
        return switch (outcome) {
            case CONFIRMED, DONE -> ExitCodes.OK;
            case DRY_RUN -> result.anyStepFailed() ? ExitCodes.STEP_FAILED : ExitCodes.OK;
            case DECLINED -> ExitCodes.DECLINED;
            case REFUSED -> ExitCodes.REFUSED;
            case FAILED -> ExitCodes.SEND_FAILED;
            case SENT_UNCONFIRMED -> ExitCodes.SENT_UNCONFIRMED;
            case STOPPED, ABORTED -> ExitCodes.STEP_FAILED;
        };
    }
}
