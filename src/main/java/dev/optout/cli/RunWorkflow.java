package dev.optout.cli;

import dev.optout.browser.AttachSettings;
import dev.optout.browser.BrowserSession;
import dev.optout.browser.Browsers;
import dev.optout.browser.DebuggingAddress;
import dev.optout.browser.LaunchSettings;
import dev.optout.engine.Mode;
import dev.optout.engine.OriginMap;
import dev.optout.engine.RunResult;
import dev.optout.engine.RunSettings;
import dev.optout.engine.Runner;
import dev.optout.pack.InputSpec;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InputValues;
import dev.optout.pack.InvalidInputException;
import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.report.RunRecord;
import dev.optout.report.SendLedger;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code run}, {@code demo} and {@code guide} share: check every input before a browser starts, start it, walk
 * one or several packs in it, keep the proof and turn the outcomes into an exit code.
 */
final class RunWorkflow {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);

    private final Console console;
    private final PrintWriter out;
    private final PrintWriter err;

    RunWorkflow(Console console, PrintWriter out, PrintWriter err) {
        this.console = console;
        this.out = out;
        this.err = err;
    }

    /** Everything a run needs, gathered from options; nothing here has touched a browser yet. */
    record Request(Pack pack, Map<String, String> given, List<String> originMap, RunOptions run,
                   BrowserOptions browser, Path profile) {
    }

    /** A run checked and ready: every input valid, the report folder chosen; still no browser. */
    record PreparedRun(Pack pack, Map<String, String> inputs, OriginMap originMap, RunSettings settings,
                       ReportWriter report) {
    }

    int execute(Request request) {
        PreparedRun prepared = prepare(request.pack(), request.given(), request.originMap(), request.run(),
                request.browser(), reportFolder(request.run().report, request.pack()));
        refuseRepeat(prepared, request.profile(), request.run().force);
        return exitCode(runInOneBrowser(List.of(prepared), request.browser(), request.profile()));
    }

    /**
     * Walks prepared packs one after another in one browser, each with its own progress, confirmation and report.
     * After a run in which the browser was closed, the rest cannot run.
     */
    List<RunResult> runInOneBrowser(List<PreparedRun> runs, BrowserOptions browser, Path profile) {
        List<RunResult> results = new ArrayList<>();
        try (BrowserSession session = openBrowser(browser, profile)) {
            for (PreparedRun prepared : runs) {
                if (!results.isEmpty()) {
                    out.println();
                }
                RunResult result = run(session, prepared, profile);
                results.add(result);
                if (result.browserClosed()) {
                    break;
                }
            }
        }
        return results;
    }

    /**
     * The same request sent twice helps nobody and may confuse Meta's answer: a live run stops before the browser
     * starts when this profile already sent this pack, unless the person insists with {@code --force}.
     */
    void refuseRepeat(PreparedRun prepared, Path profile, boolean force) {
        earlierSend(prepared, profile, force).ifPresent(earlier -> {
            throw new UserError(ExitCodes.USAGE, describe(earlier) + "; sending it again is not needed. Check your "
                    + "email for Meta's answer, or pass --force to send anyway");
        });
    }

    /** The earlier send of this pack from this profile that a live run would repeat, unless forced. */
    Optional<SendLedger.Entry> earlierSend(PreparedRun prepared, Path profile, boolean force) {
        if (prepared.settings().mode() == Mode.DRY_RUN || force) {
            return Optional.empty();
        }
        return ledger().lastSend(prepared.pack().id(), profile, via(prepared));
    }

    static String describe(SendLedger.Entry earlier) {
        return "this profile already sent " + earlier.pack() + " on " + earlier.at().toString().substring(0, 10)
                + " (outcome " + earlier.outcome() + ", report " + earlier.report() + ")";
    }

    /** Where the sends really go: Meta's hosts (empty) or the loopback replicas standing in for them. */
    private static String via(PreparedRun prepared) {
        return String.join(" ", new java.util.TreeSet<>(prepared.originMap().entries().values().stream()
                .map(Object::toString).toList()));
    }

    private SendLedger ledger() {
        return new SendLedger(console.folders().data().resolve("sent.jsonl"));
    }

    /** Checks everything the person gave, asking for what is missing, before any browser starts. */
    PreparedRun prepare(Pack pack, Map<String, String> given, List<String> originMap, RunOptions run,
                        BrowserOptions browser, Path reportFolder) {
        browser.attachAddress();
        Map<String, String> inputs = completeInputs(pack, given);
        RunSettings settings = RunSettings.defaults(run.dryRun ? Mode.DRY_RUN : Mode.LIVE)
                .withAssumeYes(run.yes)
                .withLocale(run.language())
                .withStepTimeout(browser.stepTimeout());
        return new PreparedRun(pack, inputs, parseOriginMap(originMap), settings, new ReportWriter(reportFolder));
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
            return Browsers.attach(new AttachSettings(attach.get(), browser.browserKind(), driver, PAGE_LOAD));
        }
        return Browsers.launch(new LaunchSettings(profile, browser.headless, driver, Optional.empty(), PAGE_LOAD,
                browser.browserKind()));
    }

    /** Walks one prepared pack in an open browser, with progress and a closing sentence. */
    private RunResult run(BrowserSession session, PreparedRun prepared, Path profile) {
        Pack pack = prepared.pack();
        out.println((prepared.settings().mode() == Mode.DRY_RUN ? "Dry run of " : "Running ") + pack.id() + ": "
                + pack.title());
        out.flush();
        Runner runner = new Runner(new ConsolePerson(console, out), new ConsoleProgress(out), console.clock());
        RunResult result = runner.run(pack, prepared.inputs(), prepared.settings(), session.pagePort(),
                prepared.originMap(), prepared.report());
        if (prepared.settings().mode() == Mode.LIVE && sentSomething(result)) {
            ledger().record(result.record(), profile, via(prepared), prepared.report().folder());
        }
        printEnding(result, prepared.report().folder());
        return result;
    }

    /** Validates what was given, warns about names the pack does not use, and asks for missing required values. */
    private Map<String, String> completeInputs(Pack pack, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(given);
        ConsolePerson person = new ConsolePerson(console, out);
        for (InputSpec spec : pack.inputs().values().stream().sorted(Comparator.comparing(InputSpec::name)).toList()) {
            if (spec.required() && !values.containsKey(spec.name())) {
                Optional<String> answer = person.ask(spec.label()).filter(a -> !a.isEmpty());
                if (answer.isEmpty()) {
                    throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, spec.name() + " is required: pass --set "
                            + spec.name() + "=VALUE or type it when asked");
                }
                values.put(spec.name(), answer.get());
            }
        }
        try {
            InputValues checked = InputValidator.validate(pack, values);
            checked.warnings().forEach(warning -> err.println("optout: warning: " + warning));
            err.flush();
            return checked.values();
        } catch (InvalidInputException e) {
            throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, String.join("; ", e.problems()));
        }
    }

    private static OriginMap parseOriginMap(List<String> entries) {
        try {
            return OriginMap.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
    }

    Path reportFolder(Path requested, Pack pack) {
        if (requested != null) {
            if (Files.exists(requested.resolve("run.json"))) {
                throw new UserError(ExitCodes.USAGE, "--report " + requested + " already holds a run.json; choose "
                        + "an empty folder so no earlier proof is overwritten");
            }
            return requested;
        }
        return newReportFolder(pack.id());
    }

    /** A report folder of its own under the data folder, named by the time and {@code name}. */
    Path newReportFolder(String name) {
        return console.folders().runs().resolve(FOLDER_TIME.format(console.clock().instant()) + "-" + name);
    }

    private void printEnding(RunResult result, Path folder) {
        RunRecord run = result.record();
        String proof = "Report: " + folder.resolve("run.json");
        switch (run.outcome()) {
            case CONFIRMED -> out.println("Done: Meta's page confirmed it"
                    + run.confirmation().map(c -> " (\"" + c + "\")").orElse("") + ". Meta answers by email; "
                    + "keep the report as proof. " + proof);
            case DRY_RUN -> out.println(result.anyStepFailed()
                    ? "Dry run: some targets were not found (see the failed steps above); nothing was sent. " + proof
                    : "Dry run: every target was found; nothing was typed or sent. " + proof);
            case DECLINED -> out.println("Stopped: " + run.message().orElse("you declined") + ". " + proof);
            default -> err.println(run.outcome().jsonName() + ": " + run.message().orElse("the run did not finish")
                    + " " + proof);
        }
        out.flush();
        err.flush();
    }

    /** A send that reached the page counts, however the run ended: Meta's error after it included. */
    private static boolean sentSomething(RunResult result) {
        RunRecord run = result.record();
        return result.sentSomething() || run.outcome() == Outcome.CONFIRMED || run.outcome() == Outcome.UNCONFIRMED
                || !run.sent().isEmpty();
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
            case CONFIRMED -> ExitCodes.OK;
            case DRY_RUN -> result.anyStepFailed() ? ExitCodes.STEP_FAILED : ExitCodes.OK;
            case DECLINED -> ExitCodes.DECLINED;
            case UNCONFIRMED, FAILED, ABORTED -> ExitCodes.STEP_FAILED;
        };
    }
}
