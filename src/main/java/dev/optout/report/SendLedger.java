package dev.optout.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers every live run, per pack and browser profile (a profile is one person's login): the sends, so that the
 * same request is not sent twice by accident, and the attempts that sent nothing, for the history. One JSON object
 * per line in an owner-only file; no personal values.
 */
public final class SendLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SendLedger(Path file) {
        this.file = file;
    }

    /**
     * One live run: which pack, from which profile, to which stand-in (empty for Meta's real hosts; a replica on a
     * loopback port otherwise, so that a rehearsal never blocks the real thing), how it ended, its report, and
     * whether it sent something.
     */
    public record Entry(String pack, String profile, String via, String outcome, Instant at, String report,
                        boolean sent) {
    }

    /** The last run of this pack from this profile that sent something. */
    public Optional<Entry> lastSend(String pack, Path profile, String via) {
        String key = profile.toAbsolutePath().normalize().toString();
        return entries().stream().filter(e -> e.sent() && e.pack().equals(pack) && e.profile().equals(key)
                        && e.via().equals(via))
                .reduce((first, second) -> second);
    }

    /** Records a live run, whether it sent something or not. */
    public void record(RunRecord run, Path profile, String via, Path report) {
        Entry entry = new Entry(run.pack(), profile.toAbsolutePath().normalize().toString(), via,
                run.outcome().jsonName(), run.finishedAt(), report.toAbsolutePath().toString(), sentSomething(run));
        List<String> lines = new ArrayList<>(rawLines());
        lines.add(JSON.createObjectNode().put("pack", entry.pack()).put("profile", entry.profile()).put("via", entry.via())
                .put("outcome", entry.outcome()).put("at", entry.at().toString()).put("report", entry.report())
                .put("sent", entry.sent()).toString());
        try {
            PrivateFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the send in " + file, e);
        }
    }

    private static boolean sentSomething(RunRecord run) {
        return run.outcome() == Outcome.CONFIRMED || run.outcome() == Outcome.UNCONFIRMED || !run.sent().isEmpty();
    }

    /** Every run recorded, oldest first; a damaged line is left out. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : rawLines()) {
            try {
                JsonNode node = JSON.readTree(line);
                // Lines written before attempts were recorded have no "sent": they were all sends.
                entries.add(new Entry(node.path("pack").asText(), node.path("profile").asText(), node.path("via").asText(),
                        node.path("outcome").asText(), Instant.parse(node.path("at").asText()),
                        node.path("report").asText(), node.path("sent").asBoolean(true)));
            } catch (IOException | RuntimeException unreadable) {
                // A damaged line must not stop a run; the others still count.
            }
        }
        return entries;
    }

    private List<String> rawLines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
