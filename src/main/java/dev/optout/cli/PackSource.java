package dev.optout.cli;

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

    static PackRepository repository(Path userFolder) {
        return new PackRepository(new PackLoader(), Optional.of(userFolder));
    }

    /**
     * Says which of the person's own packs and libraries take the place of bundled ones: a command that runs packs
     * says it before it starts, since those files decide what is typed and sent.
     */
    static void announceReplacements(Path userFolder, PrintWriter err) {
        repository(userFolder).replacements().forEach(r -> err.println("optout: " + r.sentence()));
        err.flush();
    }

    /** A pack by id or by path; an unknown one is a usage error that lists the known ids. */
    static Pack resolve(Path userFolder, String idOrPath) {
        try {
            return repository(userFolder).resolve(idOrPath);
        } catch (UnknownPackException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
    }
}
