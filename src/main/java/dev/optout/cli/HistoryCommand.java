package dev.optout.cli;

import dev.optout.report.SendLedger;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optout history}: every live run, sent or not, per browser profile, newest first: when, which pack, how it
 * ended, and its report. It reads the one record the repeat check reads ({@code sent.jsonl}); demos are not in it.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List every send and every attempt, per browser profile, newest first: when, pack, outcome, "
                + "report. Demos are not listed.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "DIR", description = "Only the runs from this browser profile.")
    Path profile;

    @Option(names = "--json", description = "Print the runs as JSON, newest first.")
    boolean json;

    HistoryCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path file = console.folders().data().resolve("sent.jsonl");
        List<SendLedger.Entry> entries = new SendLedger(file).entries().stream()
                .filter(entry -> profile == null || entry.profile().equals(profile.toAbsolutePath().normalize()
                        .toString()))
                .sorted(Comparator.comparing(SendLedger.Entry::at).reversed())
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.history(entries));
        } else if (entries.isEmpty()) {
            out.println("No sends or attempts recorded yet" + (profile == null ? "" : " for " + profile) + " (they "
                    + "are kept in " + file + ").");
        } else {
            print(entries, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(List<SendLedger.Entry> entries, PrintWriter out) {
        Map<String, List<SendLedger.Entry>> byProfile = new LinkedHashMap<>();
        entries.forEach(entry -> byProfile.computeIfAbsent(entry.profile(), p -> new java.util.ArrayList<>())
                .add(entry));
        int width = entries.stream().mapToInt(entry -> entry.pack().length()).max().orElse(4);
        byProfile.forEach((name, runs) -> {
            out.println("Profile " + name + ":");
            for (SendLedger.Entry entry : runs) {
                out.printf("  %s  %-" + width + "s  %-11s  %-8s  %s%s%n", WHEN.format(entry.at()), entry.pack(),
                        entry.outcome(), entry.sent() ? "sent" : "not sent", reportOf(entry),
                        entry.via().isEmpty() ? "" : "  (to the replica at " + entry.via() + ")");
            }
        });
    }

    /** The readable report of a run when it was written, else its run.json. */
    static Path reportOf(SendLedger.Entry entry) {
        Path folder = Path.of(entry.report());
        Path html = folder.resolve("report.html");
        return Files.exists(html) ? html : folder.resolve("run.json");
    }
}
