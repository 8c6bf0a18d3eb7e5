package dev.optout.cli;

import dev.optout.pack.Pack;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout list}: the packs there are, bundled and the person's own. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the selector packs: id, title, regions.")
final class ListCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    PackFolderOption packs;

    @Option(names = "--json", description = "Print the packs as JSON: id, title, description, "
            + "regions, source.")
    boolean json;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        List<Pack> all = PackSource.repository(console, packs.folder(console)).all();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.packs(all));
            return ExitCodes.OK;
        }
        int width = all.stream().mapToInt(p -> p.id().length()).max().orElse(2);
        out.printf("%-" + width + "s  %-58s  %s%n", "ID", "TITLE", "REGIONS");
        for (Pack pack : all) {
            out.printf("%-" + width + "s  %-58s  %s%n", pack.id(), pack.title(), String.join(" ", pack.regions()));
        }
        return ExitCodes.OK;
    }
}
