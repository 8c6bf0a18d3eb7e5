package dev.optout.cli;

import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optout demo}: the whole Facebook objection against the bundled replica on this machine, in a throwaway
 * browser profile. Nothing reaches Meta; it shows what a real run looks like.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a pack (by default the Facebook objection) against the bundled replica of Meta's pages on "
                + "127.0.0.1 (nothing reaches Meta). Opens a window when a display exists.")
final class DemoCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    BrowserOptions browser;

    @Mixin
    ValuesFromFiles fromFiles;

    @Option(names = "--pack", paramLabel = "ID", defaultValue = "facebook-objection",
            description = "The pack to run against the replica (default: ${DEFAULT-VALUE}).")
    String packId;

    @Option(names = "--form", paramLabel = "YEAR", defaultValue = "2025",
            description = "Which generation of Meta's form to show: 2025 (default) or 2024 (asks for an emailed "
                    + "code: type any 6 digits).")
    String form;

    DemoCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String language = run.language().orElse("en");
        Scenario scenario = new Scenario().language(language).formVersion(FormYear.parse(form));
        boolean attaching = browser.attachAddress().isPresent();
        if (!attaching && !browser.headless && !console.displayAvailable()) {
            browser.headless = true;
            out.println("No display found: running the browser headless.");
        }
        PackRepository repository = PackSource.repository(console, console.folders().userPacks());
        PackSource.announceReplacements(repository, spec.commandLine().getErr());
        Pack pack = PackSource.resolve(repository, packId);
        // A throwaway profile unless the person names one: the demo's replica cookies do not belong in theirs.
        Path profile = browser.profile != null ? browser.profile : Files.createTempDirectory("optout-demo-profile");
        // Registered first, so it runs last on Ctrl-C: after the run's own stop has ended the browser using it.
        Interrupts.Stop removeProfile = signal -> deleteQuietly(profile);
        try (Interrupts.Registration onSignal = browser.profile != null ? () -> { }
                : console.interrupts().whileRunning(removeProfile);
             ReplicaServer replica = ReplicaServer.start(scenario)) {
            List<String> originMap = pack.origins().stream().map(origin -> origin + "=" + replica.baseUrl()).toList();
            out.println("Replica of Meta's pages: " + replica.baseUrl() + " (stands in for "
                    + String.join(", ", pack.origins().stream().map(Object::toString).toList()) + ")");
            RunWorkflow workflow = new RunWorkflow(console, out, spec.commandLine().getErr(), run);
            Map<String, String> values = StandInValues.forMissing(pack, Map.of(), language);
            values.keySet().removeAll(fromFiles.files.keySet());
            int code = workflow.execute(new RunWorkflow.Request(pack, fromFiles.addTo(values), originMap,
                    browser, profile, true));
            out.println("The replica received " + replica.recorder().submissions().size() + " submission(s).");
            return code;
        } finally {
            if (browser.profile == null) {
                deleteQuietly(profile);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile is harmless; the run's result matters more than the cleanup.
        }
    }
}
