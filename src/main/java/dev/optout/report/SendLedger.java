package dev.optout.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Remembers every live run per browser profile (a profile is one person's login): the sends and the attempts that got
 * as far as a send, so that the same form is not sent twice by accident, and the runs that sent nothing, for the
 * history. A send is keyed by what it went to (a form's {@code sends} id, or the page it was sent from), so every
 * pack that sends the same form shares the record. One JSON object per line in an owner-only file; no personal
 * values.
 */
public final class SendLedger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SendLedger(Path file) {
        this.file = file;
    }

    /**
     * One live run.
     *
     * @param pack    the pack that ran
     * @param profile the browser profile, as an absolute path
     * @param via     the stand-in the sends went to: empty for Meta's real hosts, loopback replicas otherwise, so that
     *                a rehearsal never blocks the real thing
     * @param outcome how the run ended ({@code confirmed}, {@code unconfirmed}, {@code failed}, {@code aborted})
     * @param report  the run's report folder
     * @param sent    whether it sent something (or was sending when it was stopped)
     * @param sends   what the run sent to, e.g. {@code facebook-ai-objection}; empty when it sent nothing, and on
     *                lines written before sends were keyed so, which name only their pack
     */
    public record Entry(String pack, String profile, String via, String outcome, Instant at, String report,
                        boolean sent, List<String> sends) {

        public Entry {
            sends = List.copyOf(sends);
        }

        /** Whether this run sent to any of {@code targets}; an old line counts by what its pack sends to. */
        boolean sentToAnyOf(Collection<String> targets, Function<String, Set<String>> targetsOfPack) {
            if (!sent) {
                return false;
            }
            Collection<String> its = sends.isEmpty() ? targetsOfPack.apply(pack) : sends;
            return its.stream().anyMatch(targets::contains);
        }
    }

    /** Every recorded run, newest first; a damaged line is left out. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : rawLines()) {
            parse(line).ifPresent(entries::add);
        }
        Collections.reverse(entries);
        return entries;
    }

    /**
     * The latest run from this profile, through this stand-in, that sent to any of {@code targets}.
     *
     * @param targetsOfPack what a pack sends to, for lines written before sends were keyed by it
     */
    public Optional<Entry> lastSendTo(Collection<String> targets, Path profile, String via,
                                      Function<String, Set<String>> targetsOfPack) {
        String key = profile.toAbsolutePath().normalize().toString();
        return entries().stream().filter(e -> e.profile().equals(key) && e.via().equals(via))
                .filter(e -> e.sentToAnyOf(targets, targetsOfPack)).findFirst();
    }

    /** Adds a live run that sent to {@code sends} (none: it sent nothing), however it ended. */
    public void record(RunRecord run, Collection<String> sends, Path profile, String via, Path report) {
        ObjectNode line = JSON.createObjectNode().put("pack", run.pack())
                .put("profile", profile.toAbsolutePath().normalize().toString()).put("via", via)
                .put("outcome", run.outcome().jsonName()).put("at", run.finishedAt().toString())
                .put("report", report.toAbsolutePath().toString()).put("sent", !sends.isEmpty());
        sends.forEach(line.putArray("sends")::add);
        List<String> lines = new ArrayList<>(rawLines());
        lines.add(line.toString());
        try {
            PrivateFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the send in " + file, e);
        }
    }

    private static Optional<Entry> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            List<String> sends = new ArrayList<>();
            node.path("sends").forEach(target -> sends.add(target.asText()));
            // Lines written before attempts without a send were recorded have no "sent": they were all sends.
            return Optional.of(new Entry(node.path("pack").asText(), node.path("profile").asText(),
                    node.path("via").asText(), node.path("outcome").asText(), Instant.parse(node.path("at").asText()),
                    node.path("report").asText(), node.path("sent").asBoolean(true), sends));
        } catch (IOException | RuntimeException unreadable) {
            // A damaged line must not stop a run; the others still count.
            return Optional.empty();
        }
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
