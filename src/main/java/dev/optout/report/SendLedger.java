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
 * Remembers what was sent, per pack and browser profile (a profile is one person's login), so that the same request
 * is not sent twice by accident. One JSON object per line in an owner-only file; no personal values.
 */
public final class SendLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SendLedger(Path file) {
        this.file = file;
    }

    /**
     * One send: which pack, from which profile, to which stand-in (empty for Meta's real hosts; a replica on a
     * loopback port otherwise, so that a rehearsal never blocks the real thing), how it ended and its report.
     */
    public record Entry(String pack, String profile, String via, String outcome, Instant at, String report) {
    }

    public Optional<Entry> lastSend(String pack, Path profile, String via) {
        String key = profile.toAbsolutePath().normalize().toString();
        return entries().stream().filter(e -> e.pack().equals(pack) && e.profile().equals(key) && e.via().equals(via))
                .reduce((first, second) -> second);
    }

    public void record(RunRecord run, Path profile, String via, Path report) {
        Entry entry = new Entry(run.pack(), profile.toAbsolutePath().normalize().toString(), via,
                run.outcome().jsonName(), run.finishedAt(), report.toAbsolutePath().toString());
        List<String> lines = new ArrayList<>(rawLines());
        lines.add(JSON.createObjectNode().put("pack", entry.pack()).put("profile", entry.profile()).put("via", entry.via())
                .put("outcome", entry.outcome()).put("at", entry.at().toString()).put("report", entry.report())
                .toString());
        try {
            PrivateFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the send in " + file, e);
        }
    }

    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : rawLines()) {
            try {
                JsonNode node = JSON.readTree(line);
                entries.add(new Entry(node.path("pack").asText(), node.path("profile").asText(), node.path("via").asText(),
                        node.path("outcome").asText(), Instant.parse(node.path("at").asText()),
                        node.path("report").asText()));
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
