package dev.optout.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that say how to walk a pack: for real or as a dry run, and where to keep the proof. */
public final class RunOptions {

    @Option(names = "--dry-run", description = "Only highlight each step on the page and take screenshots; "
            + "type and send nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Answer yes at the confirmation (the summary is still printed).")
    boolean yes;

    @Option(names = "--force", description = "Send even though this profile already sent this pack before.")
    boolean force;

    @Option(names = "--locale", paramLabel = "LANG", completionCandidates = PageLanguages.class,
            description = "Page language to match (${COMPLETION-CANDIDATES}) instead of the page's <html lang>.")
    String locale;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Folder for run.json and screenshots (default: a new folder under your data folder).")
    Path report;

    @Option(names = {"-v", "--verbose"}, description = "Also print, under each step, the locator that found its "
            + "target and what it did.")
    boolean verbose;

    @Option(names = "--no-open", description = "Do not open report.html in your web browser at the end (it opens "
            + "only when a display exists).")
    boolean noOpen;

    Optional<String> language() {
        if (locale == null) {
            return Optional.empty();
        }
        String language = locale.split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (!PageLanguages.contains(language)) {
            throw new UserError(ExitCodes.USAGE, "--locale " + locale + " is not one of " + PageLanguages.listed());
        }
        return Optional.of(language);
    }
}
