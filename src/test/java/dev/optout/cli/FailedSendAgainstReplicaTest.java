package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.SendFault;
import dev.optout.replica.Submission;
import dev.optout.testing.SharedReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout run} when Meta fails the send: exit 4, Meta's words, and the send kept in the ledger. */
class FailedSendAgainstReplicaTest {

    @RegisterExtension
    static final SharedReplica replica = SharedReplica.withoutCookieDialog();

    @TempDir
    Path home;

    private CliHarness.Result run(String report, String... extra) {
        String[] base = {"run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--headless", "--yes", "--set", "country=DE", "--profile", home.resolve("profile").toString(),
                "--report", home.resolve(report).toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return new CliHarness(home).run(args);
    }

    @Test
    void a_send_meta_fails_exits_9_quoting_meta_and_a_rerun_without_force_is_refused() throws Exception {
        replica.scenario().sendFault(SendFault.META_ERROR);

        CliHarness.Result failed = run("first");

        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.SEND_FAILED);
        assertThat(failed.err()).contains("failed: step ").contains("The send left the browser and Meta's page "
                + "answered with \"Something went wrong. Please try again later.\"").contains("It may or may not have "
                + "reached Meta: do not send again by yourself; check your email first.");
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);
        assertThat(Files.readString(home.resolve("data/sent.jsonl"))).contains("\"pack\":\"facebook-objection\"")
                .contains("\"outcome\":\"failed\"");

        replica.scenario().sendFault(SendFault.NONE);
        CliHarness.Result rerun = run("second");

        assertThat(rerun.exitCode()).as(rerun.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(rerun.err()).contains("this profile already tried to send facebook-ai-objection (with "
                + "facebook-objection)").contains("outcome failed").contains("it may have reached Meta")
                .contains("--force");
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isEqualTo(1);
    }
}
