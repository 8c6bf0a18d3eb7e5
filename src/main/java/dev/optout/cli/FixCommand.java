package dev.optout.cli;

import dev.optout.pack.DidYouMean;
import dev.optout.pack.Fix;
import dev.optout.pack.FixFolder;
import dev.optout.pack.FixedPack;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.pack.TextFix;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optout fix}: the person's own repairs of pack targets, kept in {@code fixes/} of their packs folder and
 * tried before the pack's own locators: add one from a text seen on the page, list, remove or export them.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Repair a pack's target that Meta's page changed, without a browser: "
                + "optout fix PACK TARGET --text \"the text you see on it\".",
            "The kinds the target already uses decide what the text is: a button's or link's name, a field's "
                    + "label, or a message's text. The fix is tried first, before the pack's own locators, and "
                    + "survives upgrades of the bundled pack. Check it with 'optout check PACK'.",
            "Also: optout fix --list | --remove PACK TARGET | --export"})
final class FixCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PACK", completionCandidates = PackIds.class,
            description = "A pack id from 'optout list'.")
    String pack;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET",
            description = "The target's name, as a failed step names it (e.g. send).")
    String target;

    @Option(names = "--text", paramLabel = "TEXT", description = "The text you see on it in the browser: its "
            + "label, button text or message.")
    String text;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The page language you read the text in (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--list", description = "List your fixes, and those that no longer apply.")
    boolean list;

    @Option(names = "--remove", description = "Remove your fixes of PACK TARGET.")
    boolean remove;

    @Option(names = "--export", description = "Print your fixes as a YAML patch for the bundled packs.")
    boolean export;

    @Mixin
    PackFolderOption packs;

    FixCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        FixFolder fixes = new FixFolder(packs.folder(console));
        PrintWriter out = spec.commandLine().getOut();
        int modes = (list ? 1 : 0) + (remove ? 1 : 0) + (export ? 1 : 0) + (text != null ? 1 : 0);
        if (modes != 1) {
            throw new UserError(ExitCodes.USAGE, "say what to do: PACK TARGET --text TEXT, --list, --remove PACK "
                    + "TARGET or --export (one of them)");
        }
        if (list) {
            return list(fixes, out);
        }
        if (export) {
            out.print(fixes.export());
            out.flush();
            return ExitCodes.OK;
        }
        if (pack == null || target == null) {
            throw new UserError(ExitCodes.USAGE, (remove ? "--remove" : "--text") + " needs PACK and TARGET, e.g. "
                    + "optout fix facebook-objection send " + (remove ? "--remove" : "--text \"Submit request\""));
        }
        Pack resolved = PackSource.resolve(packs.folder(console), pack);
        if (remove) {
            boolean removed = fixes.remove(resolved.id(), target);
            out.println(removed ? "Removed your fixes of " + resolved.id() + " '" + target + "'."
                    : "You have no fix of " + resolved.id() + " '" + target + "'.");
            out.flush();
            return ExitCodes.OK;
        }
        return add(fixes, resolved, out);
    }

    private int add(FixFolder fixes, Pack resolved, PrintWriter out) {
        if (!resolved.targets().containsKey(target)) {
            List<String> names = resolved.targets().keySet().stream().sorted().toList();
            throw new UserError(ExitCodes.USAGE, "pack " + resolved.id() + " has no target '" + target + "'"
                    + DidYouMean.closest(target, names).map(close -> "; did you mean '" + close + "'?").orElse("")
                    + " (its targets: " + String.join(", ", names) + ")");
        }
        if (!language.matches("[a-z]{2}")) {
            throw new UserError(ExitCodes.USAGE, "--lang takes a two-letter language code such as en or de, not '"
                    + language + "'");
        }
        Fix fix;
        try {
            fix = TextFix.of(resolved, target, text, language, LocalDate.now(console.clock()));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        String where = fixes.keep(fix).toString();
        out.println("Fixed: " + resolved.id() + " '" + target + "' is now found by " + fix.locator().describe(language)
                + " first (kept in " + where + "). Try it with: optout check " + resolved.id());
        out.flush();
        return ExitCodes.OK;
    }

    private int list(FixFolder fixes, PrintWriter out) {
        Map<String, List<Fix>> all = fixes.all();
        if (all.isEmpty()) {
            out.println("You have no fixes (they would be in " + fixes.fileFor("PACK").getParent() + ").");
        }
        all.forEach((id, list) -> {
            out.println(fixes.fileFor(id) + ":");
            list.forEach(fix -> out.println("  " + fix.describe()));
        });
        PackRepository repository = PackSource.repository(packs.folder(console));
        for (FixedPack fixed : repository.fixesInUse()) {
            fixed.warnings().forEach(warning -> out.println("not applied: " + warning));
        }
        all.keySet().stream().filter(id -> repository.byId(id).isEmpty())
                .forEach(id -> out.println("not applied: " + fixes.fileFor(id) + ": there is no pack '" + id + "'"));
        out.flush();
        return ExitCodes.OK;
    }
}
