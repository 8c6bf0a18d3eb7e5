package dev.optout.cli;

import dev.optout.pack.PackRepository;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/**
 * The pack ids a PACK parameter completes to: the bundled packs and the person's own. Picocli creates this for every
 * command line it builds, so the ids are read only when a completion script iterates them, never at start-up. A PACK
 * parameter gets them with {@code completionCandidates = PackIds.class}.
 */
final class PackIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ids().iterator();
    }

    private static List<String> ids() {
        try {
            return PackSource.repository(UserFolders.fromEnvironment().userPacks()).includableIds();
        } catch (UncheckedIOException unreadableOwnFolder) {
            // A completion script is still worth having when the person's own pack folder cannot be listed.
            return PackRepository.bundledOnly().includableIds();
        }
    }
}
