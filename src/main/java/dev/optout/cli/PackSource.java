package dev.optout.cli;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.PackRepository;
import dev.optout.pack.UnknownPackException;
import java.nio.file.Path;
import java.util.Optional;

/** The packs a command can use: the bundled ones, overridden by the person's own folder. */
final class PackSource {

    private PackSource() {
    }

    static PackRepository repository(Path userFolder) {
        return new PackRepository(new PackLoader(), Optional.of(userFolder));
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
