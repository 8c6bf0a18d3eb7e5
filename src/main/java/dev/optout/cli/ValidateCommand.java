package dev.optout.cli;

import dev.optout.pack.InvalidPackException;
import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout validate [FILE…]}: check pack files, or every pack the tool would use. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check selector packs against the format: the given files, or every bundled and own pack.")
final class ValidateCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Pack files to check (default: all packs).")
    List<Path> files = new ArrayList<>();

    @Mixin
    PackFolderOption packs;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            // Loading the repository validates every bundled and own pack, and fails on the first invalid file.
            List<Pack> all = PackSource.repository(packs.folder(console)).all();
            all.forEach(pack -> out.println("ok   " + pack.id() + "  (" + pack.source() + ")"));
            return ExitCodes.OK;
        }
        PackLoader loader = new PackLoader();
        int invalid = 0;
        for (Path file : files) {
            try {
                Pack pack = loader.load(file);
                out.println("ok   " + pack.id() + "  (" + file + ")");
            } catch (InvalidPackException e) {
                invalid++;
                e.errors().forEach(error -> err.println("FAIL " + error));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_PACK_OR_INPUT;
    }
}
