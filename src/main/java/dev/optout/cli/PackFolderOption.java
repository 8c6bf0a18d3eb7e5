package dev.optout.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the person's own selector packs live; a pack there overrides a bundled one with the same id. */
public final class PackFolderOption {

    @Option(names = "--packs", paramLabel = "DIR",
            description = "Folder with your own selector packs (default: packs/ in your config folder).")
    Path packs;

    Path folder(Console console) {
        return packs != null ? packs : console.folders().userPacks();
    }
}
