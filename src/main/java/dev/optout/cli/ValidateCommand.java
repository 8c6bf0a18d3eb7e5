package dev.optout.cli;

import dev.optout.pack.InvalidPackException;
import dev.optout.pack.Pack;
import dev.optout.pack.PackError;
import dev.optout.pack.PackRepository;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--strict", description = "Also report every target without a fallback: it needs two locators "
            + "of different kinds, or a testid or data-* hook and one other (exit 3 when one is reported).")
    boolean strict;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            // Loading the repository validates every bundled and own pack and library, and fails on the first invalid file.
            PackRepository repository = PackSource.repository(console, packs.folder(console));
            List<Pack> all = repository.all();
            all.forEach(pack -> out.println("ok   " + pack.id() + "  (" + pack.source() + ")"));
            repository.libraries().forEach(library -> out.println("ok   library " + library.name() + "  ("
                    + library.source() + ")"));
            repository.replacements().forEach(replacement -> out.println("note " + replacement.sentence()));
            // Fix files were judged as the packs loaded: their schema, and origins among their pack's.
            repository.fixesInUse().forEach(fixed -> {
                if (!fixed.applied().isEmpty()) {
                    out.println("ok   fixes for " + fixed.pack().id() + "  (" + fixed.file() + ")");
                }
                fixed.warnings().forEach(warning -> out.println("warn " + warning));
            });
            return strict ? reportWeak(repository.targetsWithoutFallback(), err) : ExitCodes.OK;
        }
        files.forEach(ValidateCommand::requireFile);
        // A file's libraries and included packs are looked up among the bundled and own ones.
        PackRepository repository = PackSource.repository(console, packs.folder(console));
        int invalid = 0;
        List<PackError> weak = new ArrayList<>();
        for (Path file : files) {
            try {
                out.println("ok   " + repository.validate(file) + "  (" + file + ")");
                if (strict) {
                    weak.addAll(repository.targetsWithoutFallback(file));
                }
            } catch (InvalidPackException e) {
                invalid++;
                e.errors().forEach(error -> err.println("FAIL " + error));
            }
        }
        out.flush();
        int weakness = reportWeak(weak, err);
        return invalid == 0 ? weakness : ExitCodes.INVALID_PACK_OR_INPUT;
    }

    /** A missing file or a folder is a mistyped argument, said in one line before anything is read. */
    private static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCodes.USAGE, file + " is a folder: name the pack files in it (e.g. " + file
                    .resolve("*.yaml") + "), or give no file to check every pack");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.USAGE, "no such file: " + file);
        }
    }

    /** Prints each target without a fallback; exit 3 when there is one. */
    private static int reportWeak(List<PackError> weak, PrintWriter err) {
        weak.forEach(finding -> err.println("FAIL " + finding));
        err.flush();
        return weak.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_PACK_OR_INPUT;
    }
}
