package dev.optout.cli;

import dev.optout.pack.FixedPack;
import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.PackRepository;
import dev.optout.pack.UnknownPackException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The packs a command can use: the bundled ones, overridden by the person's own folder. */
final class PackSource {

    private PackSource() {
    }

    /** Checks every file on every load. */
    static PackRepository repository(Path userFolder) {
        return new PackRepository(new PackLoader(), Optional.of(userFolder));
    }

    /**
     * Skips the content checks of files that passed them before, unchanged, as the validation cache in the
     * console's data folder records.
     */
    static PackRepository repository(Console console, Path userFolder) {
        return new PackRepository(new PackLoader(), Optional.of(userFolder),
                ValidationCacheFile.forThisOptout(console.folders().data()));
    }

    /**
     * Says which of the person's own packs and libraries take the place of bundled ones: a command that runs packs
     * says it before it starts, since those files decide what is typed and sent.
     */
    static void announceReplacements(PackRepository packs, PrintWriter err) {
        packs.replacements().forEach(r -> err.println("optout: " + r.sentence()));
        announceFixes(packs, err);
        err.flush();
    }

    /** The person's fixes in use (they decide what is typed into and clicked), and those that no longer apply. */
    static void announceFixes(PackRepository packs, PrintWriter err) {
        for (FixedPack fixed : packs.fixesInUse()) {
            if (!fixed.applied().isEmpty()) {
                err.println("optout: using your fixes for " + fixed.pack().id() + " ("
                        + fixed.applied().stream().map(f -> "'" + f.target() + "'").distinct()
                        .collect(java.util.stream.Collectors.joining(", ")) + ") from "
                        + fixed.file());
            }
            fixed.warnings().forEach(warning -> err.println("optout: warning: " + warning));
        }
        err.flush();
    }

    /** A pack by id or by path; an unknown one is a usage error that lists the known ids. */
    static Pack resolve(Path userFolder, String idOrPath) {
        return resolve(repository(userFolder), idOrPath);
    }

    /** The same, through the validation cache in the console's data folder. */
    static Pack resolve(Console console, Path userFolder, String idOrPath) {
        return resolve(repository(console, userFolder), idOrPath);
    }

    static Pack resolve(PackRepository repository, String idOrPath) {
        try {
            return repository.resolve(idOrPath);
        } catch (UnknownPackException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
    }
}
