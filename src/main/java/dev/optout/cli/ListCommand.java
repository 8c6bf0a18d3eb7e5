package dev.optout.cli;

import dev.optout.pack.Pack;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout list}: the packs there are, bundled and the person's own. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the selector packs: id, title, regions.")
final class ListCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    PackFolderOption packs;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        List<Pack> all = PackSource.repository(console, packs.folder(console)).all();
        PrintWriter out = spec.commandLine().getOut();
        int width = all.stream().mapToInt(p -> p.id().length()).max().orElse(2);
        out.printf("%-" + width + "s  %-58s  %s%n", "ID", "TITLE", "REGIONS");
        for (Pack pack : all) {
            out.printf("%-" + width + "s  %-58s  %s%n", pack.id(), pack.title(), String.join(" ", pack.regions()));
        }
        return ExitCodes.OK;
    }
}
