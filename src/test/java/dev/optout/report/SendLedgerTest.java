package dev.optout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The send ledger: every live run, keyed by what was sent to, read newest first, old lines keyed by pack still
 * counted; runs that sent nothing are in the history but never stop a repeat.
 */
class SendLedgerTest {

    private static final Function<String, Set<String>> NO_OLD_PACKS = pack -> Set.of();

    @TempDir
    Path home;

    private SendLedger ledger() {
        return new SendLedger(home.resolve("data/sent.jsonl"));
    }

    private static RunRecord run(String pack, Outcome outcome, String at) {
        return new RunRecord(pack, "live", outcome, Instant.parse(at), Instant.parse(at), "en", Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void a_send_by_one_pack_is_found_by_any_pack_that_sends_to_the_same_form() {
        ledger().record(run("facebook-objection", Outcome.CONFIRMED, "2025-06-01T10:00:00Z"),
                List.of("facebook-ai-objection"), home.resolve("profile"), "", home.resolve("r1"));

        Optional<SendLedger.Entry> earlier = ledger().lastSendTo(Set.of("facebook-ai-objection"),
                home.resolve("profile"), "", NO_OLD_PACKS);

        assertThat(earlier).hasValueSatisfying(e -> {
            assertThat(e.pack()).isEqualTo("facebook-objection");
            assertThat(e.sends()).containsExactly("facebook-ai-objection");
            assertThat(e.outcome()).isEqualTo("confirmed");
        });
        assertThat(ledger().lastSendTo(Set.of("instagram-ai-objection"), home.resolve("profile"), "", NO_OLD_PACKS))
                .isEmpty();
        assertThat(ledger().lastSendTo(Set.of("facebook-ai-objection"), home.resolve("other-profile"), "",
                NO_OLD_PACKS)).as("another profile is another person").isEmpty();
        assertThat(ledger().lastSendTo(Set.of("facebook-ai-objection"), home.resolve("profile"),
                "http://127.0.0.1:4000", NO_OLD_PACKS)).as("a rehearsal on a replica is another record").isEmpty();
    }

    @Test
    void entries_come_newest_first_and_a_failed_attempt_after_a_send_is_kept_too() {
        ledger().record(run("facebook-objection", Outcome.SENT_UNCONFIRMED, "2025-06-01T10:00:00Z"),
                List.of("facebook-ai-objection"), home.resolve("profile"), "", home.resolve("r1"));
        ledger().record(run("instagram-objection", Outcome.FAILED, "2025-06-02T10:00:00Z"),
                List.of("instagram-ai-objection"), home.resolve("profile"), "", home.resolve("r2"));

        assertThat(ledger().entries()).extracting(SendLedger.Entry::pack, SendLedger.Entry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instagram-objection", "failed"),
                        org.assertj.core.groups.Tuple.tuple("facebook-objection", "sent-unconfirmed"));
    }

    @Test
    void a_line_written_before_sends_were_keyed_counts_by_what_its_pack_sends_to_and_a_damaged_line_is_skipped()
            throws Exception {
        Path file = home.resolve("data/sent.jsonl");
        Files.createDirectories(file.getParent());
        String profile = home.resolve("profile").toAbsolutePath().toString();
        Files.writeString(file, "{\"pack\":\"facebook-objection\",\"profile\":\"" + profile + "\",\"via\":\"\","
                + "\"outcome\":\"confirmed\",\"at\":\"2025-05-01T09:00:00Z\",\"report\":\"/r0\"}\n{not json\n");
        Map<String, Set<String>> oldPacks = Map.of("facebook-objection", Set.of("facebook-ai-objection"));

        Optional<SendLedger.Entry> earlier = ledger().lastSendTo(Set.of("facebook-ai-objection"),
                home.resolve("profile"), "", pack -> oldPacks.getOrDefault(pack, Set.of()));

        assertThat(earlier).hasValueSatisfying(e -> {
            assertThat(e.pack()).isEqualTo("facebook-objection");
            assertThat(e.sends()).isEmpty();
        });
        assertThat(ledger().entries()).hasSize(1);
    }

    @Test
    void the_ledger_is_a_file_only_its_owner_can_read_and_holds_no_personal_value() throws Exception {
        ledger().record(run("facebook-objection", Outcome.CONFIRMED, "2025-06-01T10:00:00Z"),
                List.of("facebook-ai-objection"), home.resolve("profile"), "", home.resolve("r1"));

        Path file = home.resolve("data/sent.jsonl");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("\"sends\":[\"facebook-ai-objection\"]")
                .doesNotContain("@");
    }

    @Test
    void a_run_that_sent_nothing_is_recorded_but_does_not_count_as_a_send() {
        ledger().record(run("facebook-objection", Outcome.DECLINED, "2025-06-01T10:00:00Z"), List.of(),
                home.resolve("profile"), "", home.resolve("r1"));

        assertThat(ledger().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("declined");
            assertThat(entry.sent()).isFalse();
        });
        assertThat(ledger().lastSendTo(Set.of("facebook-ai-objection"), home.resolve("profile"), "",
                pack -> Set.of("facebook-ai-objection"))).as("not even by its pack's targets").isEmpty();
    }

    @Test
    void a_line_written_before_runs_without_a_send_were_recorded_is_a_send() throws Exception {
        Path file = home.resolve("data/sent.jsonl");
        Files.createDirectories(file.getParent());
        String profile = home.resolve("profile").toAbsolutePath().toString();
        Files.writeString(file, "{\"pack\":\"facebook-objection\",\"profile\":\"" + profile + "\",\"via\":\"\","
                + "\"outcome\":\"declined\",\"at\":\"2025-05-01T09:00:00Z\",\"report\":\"/r0\",\"sent\":false}\n"
                + "{\"pack\":\"facebook-objection\",\"profile\":\"" + profile + "\",\"via\":\"\","
                + "\"outcome\":\"confirmed\",\"at\":\"2025-05-02T09:00:00Z\",\"report\":\"/r1\"}\n");

        assertThat(ledger().entries()).extracting(SendLedger.Entry::sent).containsExactly(true, false);
        assertThat(ledger().lastSendTo(Set.of("facebook-ai-objection"), home.resolve("profile"), "",
                pack -> Set.of("facebook-ai-objection"))).hasValueSatisfying(e -> assertThat(e.report())
                .isEqualTo("/r1"));
    }
}
