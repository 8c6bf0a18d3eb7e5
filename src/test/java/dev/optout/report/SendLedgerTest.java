package dev.optout.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one record of live runs: sends, which stop a repeat, and attempts that sent nothing, for the history. */
class SendLedgerTest {

    @TempDir
    Path home;

    private static RunRecord run(Outcome outcome, List<RunRecord.SentField> sent, Instant at) {
        return new RunRecord("facebook-objection", "live", outcome, at, at, "en", Optional.empty(), sent,
                Optional.empty(), Optional.empty(), List.of());
    }

    @Test
    void an_attempt_that_sent_nothing_is_recorded_but_does_not_count_as_a_send() {
        SendLedger ledger = new SendLedger(home.resolve("sent.jsonl"));
        Path profile = home.resolve("profile");

        ledger.record(run(Outcome.DECLINED, List.of(), Instant.parse("2026-12-01T10:00:00Z")), profile, "",
                home.resolve("runs/a"));

        assertThat(ledger.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo("declined");
            assertThat(entry.sent()).isFalse();
        });
        assertThat(ledger.lastSend("facebook-objection", profile, "")).isEmpty();
    }

    @Test
    void a_send_counts_and_the_last_send_is_the_newest_one() {
        SendLedger ledger = new SendLedger(home.resolve("sent.jsonl"));
        Path profile = home.resolve("profile");
        List<RunRecord.SentField> email = List.of(new RunRecord.SentField("Email address", "a***@e***.test",
                "www.facebook.com"));

        ledger.record(run(Outcome.UNCONFIRMED, email, Instant.parse("2026-12-01T10:00:00Z")), profile, "",
                home.resolve("runs/a"));
        ledger.record(run(Outcome.FAILED, List.of(), Instant.parse("2026-12-02T10:00:00Z")), profile, "",
                home.resolve("runs/b"));

        assertThat(ledger.lastSend("facebook-objection", profile, "")).get()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo("unconfirmed"));
        assertThat(ledger.entries()).extracting(SendLedger.Entry::sent).containsExactly(true, false);
    }

    @Test
    void a_line_written_before_attempts_were_recorded_is_a_send() throws Exception {
        Path file = home.resolve("sent.jsonl");
        String profile = home.resolve("profile").toAbsolutePath().normalize().toString();
        Files.writeString(file, "{\"pack\":\"facebook-objection\",\"profile\":\"" + profile + "\",\"via\":\"\","
                + "\"outcome\":\"confirmed\",\"at\":\"2026-11-01T10:00:00Z\",\"report\":\"/r\"}\nnot json\n");

        SendLedger ledger = new SendLedger(file);

        assertThat(ledger.entries()).singleElement().satisfies(entry -> assertThat(entry.sent()).isTrue());
        assertThat(ledger.lastSend("facebook-objection", home.resolve("profile"), "")).isPresent();
    }
}
