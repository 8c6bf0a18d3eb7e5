package dev.optout.cli;

import dev.optout.engine.RunResult;
import dev.optout.guide.Platform;
import dev.optout.guide.Recommendation;
import dev.optout.guide.Routing;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optout guide}: says in plain words what applies where the person lives, then runs the recommended packs
 * one after another in one browser, each with its own confirmation.
 */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Tell you what Meta lets you do where you live, then run the right packs one after another, "
                + "each with its own confirmation.")
final class GuideCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--country", paramLabel = "XX", description = "Where you live, as an ISO code such as DE or US.")
    String country;

    @Option(names = "--platforms", paramLabel = "LIST", split = ",",
            description = "Which apps you use: facebook, instagram, messenger, whatsapp (comma-separated).")
    List<String> platforms;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A value for the packs' inputs, e.g. --set email=you@example.org (repeatable).")
    Map<String, String> values = new LinkedHashMap<>();

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
        PackSource.announceReplacements(packs.folder(console), spec.commandLine().getErr());
        ConsolePerson person = new ConsolePerson(console, out);
        String where = countryCode(person);
        Set<Platform> apps = apps(person);
        Recommendation recommendation = Routing.recommend(where, apps);
        out.println();
        out.println(recommendation.explanation());
        recommendation.notes().forEach(out::println);
        recommendation.fallback().ifPresent(out::println);
        PackRepository repository = PackSource.repository(packs.folder(console));
        List<Pack> chosen = recommendation.packs().stream().map(id -> repository.byId(id).orElseThrow(() ->
                new UserError(ExitCodes.INVALID_PACK_OR_INPUT, "the guide needs pack '" + id + "', which is not "
                        + "installed (known: " + String.join(", ", repository.ids()) + ")"))).toList();
        out.println();
        out.println("optout will run these, one after another; each asks for your yes before it sends anything:");
        chosen.forEach(pack -> out.println("  - " + pack.id() + ": " + pack.title()));
        out.println();
        out.flush();
        return runAll(chosen, where, out);
    }

    private int runAll(List<Pack> chosen, String where, PrintWriter out) {
        RunWorkflow workflow = new RunWorkflow(console, out, spec.commandLine().getErr());
        Map<String, String> known = new LinkedHashMap<>(values);
        known.put("country", where);
        Path reports = run.report != null ? run.report : workflow.newReportFolder("guide");
        // Every value is asked for and checked before the browser starts, so nothing fails half-way for a typo.
        List<RunWorkflow.PreparedRun> prepared = new ArrayList<>();
        for (Pack pack : chosen) {
            Map<String, String> given = new LinkedHashMap<>(known);
            given.keySet().retainAll(pack.inputs().keySet());
            RunWorkflow.PreparedRun ready = workflow.prepare(pack, given, originMap, run, browser,
                    workflow.reportFolder(reports.resolve(pack.id()), pack));
            known.putAll(ready.inputs());
            prepared.add(ready);
        }
        Path profile = browser.profileOr(console.folders());
        prepared.removeIf(ready -> workflow.earlierSend(ready, profile, run.force).map(earlier -> {
            out.println("Skipping " + ready.pack().id() + ": " + RunWorkflow.describe(earlier) + ". Pass --force to "
                    + "send it again.");
            return true;
        }).orElse(false));
        if (prepared.isEmpty()) {
            out.println("Nothing left to send.");
            return ExitCodes.OK;
        }
        List<RunResult> results = workflow.runInOneBrowser(prepared, browser, profile);
        out.println();
        out.println("Summary (reports in " + reports + "):");
        results.forEach(result -> out.printf("  %-24s %s%n", result.record().pack(),
                result.record().outcome().jsonName()));
        out.flush();
        return RunWorkflow.exitCode(results);
    }

    private String countryCode(ConsolePerson person) {
        String answer = country != null ? country
                : person.ask("Which country do you live in? (ISO code, e.g. DE, GB, US)").orElse("");
        String code = answer.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, "country: '" + answer + "' is not an ISO 3166-1 "
                    + "country code (expected two letters such as DE, FR or US; the United Kingdom is GB)");
        }
        return code;
    }

    private Set<Platform> apps(ConsolePerson person) {
        List<String> names = platforms != null ? platforms : List.of(person.ask(
                "Which apps do you use? (" + Platform.ids() + "; comma-separated)").orElse("").split(","));
        Set<Platform> apps = EnumSet.noneOf(Platform.class);
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            apps.add(Platform.byId(name).orElseThrow(() -> new UserError(ExitCodes.USAGE, "'" + name.strip()
                    + "' is not one of " + Platform.ids())));
        }
        if (apps.isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "name at least one app: --platforms facebook,instagram,messenger");
        }
        return apps;
    }
}
