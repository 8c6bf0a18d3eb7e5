package dev.optout.cli;

import dev.optout.engine.OriginMap;
import dev.optout.guide.Platform;
import dev.optout.guide.Recommendation;
import dev.optout.guide.Routing;
import dev.optout.pack.Countries;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optout guide}: says in plain words what applies where the person lives, shows what it can do as a
 * checklist the person may untick, asks once for what the chosen packs need, then runs them one after another in
 * one browser, each with its own confirmation.
 */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Tell you what Meta lets you do where you live, let you choose, then run the chosen packs one "
                + "after another, each with its own confirmation.")
final class GuideCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--country", paramLabel = "COUNTRY",
            description = "Where you live: an ISO code or a name, e.g. DE, Germany, Deutschland or UK.")
    String country;

    @Option(names = "--platforms", paramLabel = "LIST", split = ",",
            description = "Which apps you use: facebook (fb), instagram (ig, insta), messenger, whatsapp (wa) "
                    + "(comma-separated).")
    List<String> platforms;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A value for the packs' inputs, e.g. --set email=you@example.org (repeatable).")
    Map<String, String> values = new LinkedHashMap<>();

    @Mixin
    ValuesFromFiles fromFiles;

    @Option(names = "--origin-map", paramLabel = "REAL=LOCAL",
            description = "Serve a Meta origin from a loopback replica (repeatable); see 'optout run --help'.")
    List<String> originMap = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Mixin
    BrowserOptions browser;

    @Mixin
    PackFolderOption packs;

    GuideCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PackRepository repository = PackSource.repository(console, packs.folder(console));
        PackSource.announceReplacements(repository, spec.commandLine().getErr());
        OriginMap origins = RunWorkflow.parseOriginMap(originMap);
        Optional<String> givenCountry = Optional.ofNullable(country).map(GuideCommand::countryOption);
        Optional<Set<Platform>> givenApps = Optional.ofNullable(platforms).map(GuideCommand::platformsOption);
        DisplayCheck.apply(console, browser, packsThatMayRun(repository, givenCountry, givenApps), out);

        Prompter prompter = new Prompter(console, out);
        String where = givenCountry.orElseGet(() -> prompter.ask(Question.country()).orElseThrow());
        Set<Platform> apps = givenApps.orElseGet(() -> {
            out.print(PlatformChoice.menu());
            return prompter.ask(PlatformChoice.question()).orElseThrow();
        });
        Recommendation recommendation = Routing.recommend(where, apps);
        out.println();
        out.println(recommendation.explanation());
        recommendation.notes().forEach(out::println);
        recommendation.fallback().ifPresent(out::println);
        out.println();

        RunWorkflow workflow = new RunWorkflow(console, out, spec.commandLine().getErr(), run);
        workflow.livingIn(where);
        workflow.keepFixesIn(packs.folder(console));
        Path profile = browser.profileOr(console.folders());
        List<Pack> offered = notSentYet(routed(recommendation, repository), workflow, origins, profile, out);
        if (offered.isEmpty()) {
            out.println("Nothing left to send.");
            return ExitCodes.OK;
        }
        List<Pack> chosen = Checklist.choose(offered, recommendation.region(), prompter, out);
        if (chosen.isEmpty()) {
            out.println("Nothing chosen: nothing was sent.");
            return ExitCodes.OK;
        }
        return runAll(chosen, where, origins, profile, workflow, prompter, out);
    }

    private int runAll(List<Pack> chosen, String where, OriginMap origins, Path profile, RunWorkflow workflow,
                       Prompter prompter, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> given = fromFiles.addTo(values);
        GuideValues.unused(chosen, given).forEach(warning -> err.println("optout: warning: " + warning));
        err.flush();
        Map<String, String> known = new LinkedHashMap<>();
        for (Pack pack : chosen) {
            known.putAll(workflow.checkGiven(pack, only(given, pack)));
        }
        known.put("country", where);
        Map<String, String> answers = GuideValues.complete(chosen, known, prompter);
        Path reports = run.report != null ? run.report : workflow.newReportFolder("guide", false);
        List<RunWorkflow.PreparedRun> prepared = new ArrayList<>();
        for (Pack pack : chosen) {
            prepared.add(workflow.prepare(pack, only(answers, pack), origins, browser,
                    workflow.reportFolder(reports.resolve(pack.id()), pack, false), false));
        }
        out.println();
        List<RunWorkflow.Finished> finished = workflow.runInOneBrowser(prepared, browser, profile);
        out.println();
        out.println("Summary (reports in " + reports + "):");
        finished.forEach(run -> out.printf("  %-24s %-12s %s%n", run.result().record().pack(),
                run.result().record().outcome().jsonName(), run.html().map(Path::toString).orElse("")));
        out.flush();
        workflow.openReports(finished);
        return RunWorkflow.exitCode(finished.stream().map(RunWorkflow.Finished::result).toList());
    }

    /** The recommended packs, in order; a pack the guide needs but that is missing is an error. */
    private static List<Pack> routed(Recommendation recommendation, PackRepository repository) {
        return recommendation.packs().stream().map(id -> repository.byId(id).orElseThrow(() ->
                new UserError(ExitCodes.INVALID_PACK_OR_INPUT, "the guide needs pack '" + id + "', which is not "
                        + "installed (known: " + String.join(", ", repository.ids()) + ")"))).toList();
    }

    /** What this profile sent before is left out, and said so, before anything else is asked. */
    private static List<Pack> notSentYet(List<Pack> routed, RunWorkflow workflow, OriginMap origins, Path profile,
                                         PrintWriter out) {
        List<Pack> left = new ArrayList<>();
        for (Pack pack : routed) {
            workflow.earlierSend(pack, origins, profile).ifPresentOrElse(earlier -> out.println("Skipping "
                    + pack.id() + ": " + RunWorkflow.describe(earlier) + ". Pass --force to send it again."),
                    () -> left.add(pack));
        }
        return left;
    }

    /**
     * The packs that could run, for the display check before anything is asked: the recommended ones when the
     * options already say where and which apps, else every pack there is.
     */
    private static List<Pack> packsThatMayRun(PackRepository repository, Optional<String> where,
                                              Optional<Set<Platform>> apps) {
        if (where.isPresent() && apps.isPresent()) {
            return routed(Routing.recommend(where.get(), apps.get()), repository);
        }
        return repository.all();
    }

    private static Map<String, String> only(Map<String, String> values, Pack pack) {
        Map<String, String> used = new LinkedHashMap<>(values);
        used.keySet().retainAll(pack.inputs().keySet());
        return used;
    }

    private static String countryOption(String text) {
        return Countries.resolve(text).orElseThrow(() -> new UserError(ExitCodes.INVALID_PACK_OR_INPUT,
                "--country " + Countries.unknown(text)));
    }

    private static Set<Platform> platformsOption(List<String> names) {
        try {
            return PlatformChoice.parse(names);
        } catch (Question.Refused refused) {
            throw new UserError(ExitCodes.USAGE, "--platforms: " + refused.getMessage());
        }
    }
}
