package dev.optout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optout.engine.OriginMap;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optout check [PACK…]}: walks packs as dry runs in the person's browser and says, per target, whether its
 * first locator found it, a fallback (which one), or nothing: the way to learn that Meta changed a page before a
 * real run meets it, and that a fix works.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Walk packs as dry runs in your browser (nothing is typed or sent) and say, per target, "
                + "whether its first locator found it, a fallback, or nothing.",
            "Exit 0 when every target a step needs was found, 4 otherwise; repair a missing one with "
                    + "'optout fix PACK TARGET --text \"…\"'."})
final class CheckCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", arity = "0..*", completionCandidates = PackIds.class,
            description = "Pack ids from 'optout list', or pack files (default: every pack).")
    List<String> packIds = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A value for one of the packs' inputs, e.g. --set country=DE (repeatable).")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--origin-map", paramLabel = "REAL=LOCAL",
            description = "Serve a Meta origin from a loopback replica (repeatable), as for run.")
    List<String> originMap = new ArrayList<>();

    @Option(names = "--json", description = "Print the result as JSON (the dry runs' progress goes to stderr).")
    boolean json;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Folder for the dry runs' reports, one subfolder per pack (default: under your data folder).")
    Path report;

    @Mixin
    BrowserOptions browser;

    @Mixin
    PackFolderOption packs;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // With --json, stdout holds the JSON document alone.
        PrintWriter progress = json ? err : out;
        PackRepository repository = PackSource.repository(console, packs.folder(console));
        PackSource.announceReplacements(repository, err);
        List<Pack> checked = packsToCheck(repository);
        RunOptions options = new RunOptions();
        options.dryRun = true;
        options.noOpen = true;
        RunWorkflow workflow = new RunWorkflow(console, progress, err, options);
        OriginMap origins = RunWorkflow.parseOriginMap(originMap);
        DisplayCheck.apply(console, browser, checked, progress);
        Path reports = report != null ? report : workflow.newReportFolder("check", false);
        List<RunWorkflow.PreparedRun> prepared = new ArrayList<>();
        for (Pack pack : checked) {
            Map<String, String> given = workflow.checkGiven(pack, only(values, pack));
            // A check types and sends nothing, so the person's own values are not needed for it.
            Map<String, String> standIns = StandInValues.forMissing(pack, given, "en");
            if (!standIns.isEmpty()) {
                progress.println(pack.id() + ": stand-in values for " + String.join(", ", standIns.keySet())
                        + " (a check types nothing; --set NAME=VALUE uses yours)");
            }
            given.putAll(standIns);
            prepared.add(workflow.prepare(pack, given, origins, browser,
                    workflow.reportFolder(reports.resolve(pack.id()), pack, false), false));
        }
        List<RunWorkflow.Finished> finished = workflow.runInOneBrowser(prepared, browser,
                browser.profileOr(console.folders()));
        Map<Pack, List<TargetCheck>> results = new LinkedHashMap<>();
        for (int i = 0; i < finished.size(); i++) {
            results.put(checked.get(i), TargetCheck.of(checked.get(i), finished.get(i).result().record()));
        }
        // A step that failed without a target to name (a page that did not load) fails the check too.
        boolean allFound = finished.size() == checked.size() && finished.stream()
                .noneMatch(f -> f.result().browserClosed() || f.result().anyStepFailed())
                && results.values().stream().flatMap(List::stream).noneMatch(TargetCheck::missingRequired);
        if (json) {
            out.println(json(results, allFound));
        } else {
            print(results, out);
        }
        out.flush();
        if (finished.stream().anyMatch(f -> f.result().browserClosed())) {
            return ExitCodes.BROWSER_CLOSED;
        }
        return allFound ? ExitCodes.OK : ExitCodes.STEP_FAILED;
    }

    private List<Pack> packsToCheck(PackRepository repository) {
        if (packIds.isEmpty()) {
            return repository.all();
        }
        return packIds.stream().map(id -> PackSource.resolve(repository, id)).toList();
    }

    private static Map<String, String> only(Map<String, String> values, Pack pack) {
        Map<String, String> used = new LinkedHashMap<>(values);
        used.keySet().removeIf(name -> pack.input(name).isEmpty());
        return used;
    }

    private static void print(Map<Pack, List<TargetCheck>> results, PrintWriter out) {
        out.println();
        results.forEach((pack, rows) -> {
            out.println("Check of " + pack.id() + ":");
            int width = rows.stream().mapToInt(r -> r.target().length()).max().orElse(0);
            rows.forEach(row -> out.printf("  %-" + width + "s  %s%n", row.target(), row.inWords()));
            List<String> missing = rows.stream().filter(TargetCheck::missingRequired).map(TargetCheck::target)
                    .toList();
            if (missing.isEmpty()) {
                out.println("  every target its steps need was found");
            } else {
                missing.forEach(target -> out.println("  repair '" + target + "' with: optout fix " + pack.id() + " "
                        + target + " --text \"…\" (the text you see on it in the browser)"));
            }
        });
    }

    private static String json(Map<Pack, List<TargetCheck>> results, boolean allFound) {
        ObjectNode root = JSON.createObjectNode().put("ok", allFound);
        ArrayNode list = root.putArray("packs");
        results.forEach((pack, rows) -> {
            ObjectNode node = list.addObject().put("pack", pack.id());
            node.put("ok", rows.stream().noneMatch(TargetCheck::missingRequired));
            ArrayNode targets = node.putArray("targets");
            for (TargetCheck row : rows) {
                ObjectNode target = targets.addObject().put("target", row.target()).put("status", row.jsonStatus())
                        .put("required", row.required());
                row.fallback().ifPresent(n -> target.put("fallback", n));
                row.locator().ifPresent(l -> target.put("locator", l));
                row.structure().ifPresent(s -> target.put("structure", s.key()));
            }
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
