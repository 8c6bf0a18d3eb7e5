package dev.optout.cli;

import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
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

/** {@code optout run PACK}: walk a pack in the person's browser, for real or as a dry run. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Walk a selector pack in your browser: fill the form, show you what will be sent, send only "
                + "after your yes, and verify Meta's confirmation.")
final class RunCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", completionCandidates = PackIds.class,
            description = "A pack id from 'optout list', or the path of a pack file.")
    String pack;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A value for one of the pack's inputs, e.g. --set country=DE (repeatable).")
    Map<String, String> values = new LinkedHashMap<>();

    @Mixin
    ValuesFromFiles fromFiles;

    @Option(names = "--origin-map", paramLabel = "REAL=LOCAL",
            description = "Serve a Meta origin from a loopback replica, e.g. "
                    + "https://www.facebook.com=http://127.0.0.1:8080 (repeatable).")
    List<String> originMap = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Mixin
    BrowserOptions browser;

    @Mixin
    PackFolderOption packs;

    RunCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        // One repository for both, through the validation cache: the packs are read and checked once per start, and
        // their checks only when a file changed since they last passed.
        PackRepository repository = PackSource.repository(console, packs.folder(console));
        PackSource.announceReplacements(repository, spec.commandLine().getErr());
        Pack resolved = PackSource.resolve(repository, pack);
        Path profile = browser.profileOr(console.folders());
        RunWorkflow workflow = new RunWorkflow(console, spec.commandLine().getOut(), spec.commandLine().getErr(), run);
        workflow.keepFixesIn(packs.folder(console));
        return workflow.execute(new RunWorkflow.Request(resolved, fromFiles.addTo(values), originMap, browser, profile, false));
    }
}
