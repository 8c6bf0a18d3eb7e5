package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.SendFault;
import dev.optout.replica.Submission;
import dev.optout.report.SendLedger;
import dev.optout.testing.SharedReplica;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One send per form (issue 7.3, failure 3; reliability #20): the ledger keys a send by the form it went to, so a pack
 * that includes the same form is refused before its browser starts, and an attempt that failed after the send counts
 * too. The replica counts every objection it received.
 */
class OneSendPerFormTest {

    @RegisterExtension
    static final SharedReplica replica = SharedReplica.withoutCookieDialog();

    @TempDir
    Path home;

    private CliHarness cli;
    private int reports;

    @BeforeEach
    void fresh() {
        cli = new CliHarness(home);
    }

    private CliHarness.Result run(String pack, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", pack, "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--set", "country=DE",
                "--timeout", "10", "--profile", home.resolve("profile").toString(), "--report",
                home.resolve("report-" + (++reports)).toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    private long objections() {
        return replica.recorder().submissionCount(Submission.OBJECTION);
    }

    @Test
    void after_the_objection_pack_the_privacy_center_path_to_the_same_form_is_refused_before_its_browser_starts() {
        CliHarness.Result first = run("facebook-objection");
        int typedByTheFirst = replica.recorder().keystrokes().size();
        CliHarness.Result again = run("facebook-privacy-center-path");

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(again.exitCode()).as(again.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("this profile already sent facebook-ai-objection (with facebook-objection)")
                .contains("--force");
        assertThat(again.out()).as("no browser was started").doesNotContain("Running");
        assertThat(replica.recorder().keystrokes()).as("nothing was typed by the refused run")
                .hasSize(typedByTheFirst);
        assertThat(objections()).isEqualTo(1);

        CliHarness.Result forced = run("facebook-privacy-center-path", "--force");

        assertThat(forced.exitCode()).as(forced.all()).isZero();
        assertThat(objections()).isEqualTo(2);
        assertThat(new SendLedger(home.resolve("data/sent.jsonl")).entries())
                .extracting(SendLedger.Entry::pack)
                .containsExactly("facebook-privacy-center-path", "facebook-objection");
    }

    @Test
    void a_send_that_failed_on_meta_s_side_is_recorded_and_a_rerun_needs_force() {
        replica.scenario().sendFault(SendFault.HTTP_500);

        CliHarness.Result failed = run("facebook-objection");

        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(ExitCodes.SEND_FAILED);
        assertThat(failed.err()).contains("failed: ").contains("It may or may not have reached Meta: do not send "
                + "again by yourself");
        assertThat(objections()).as("the send was not retried").isEqualTo(1);
        assertThat(new SendLedger(home.resolve("data/sent.jsonl")).entries()).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("failed");
                    assertThat(e.sent()).as("its click reached the page").isTrue();
                    assertThat(e.sends()).containsExactly("facebook-ai-objection");
                });

        replica.scenario().sendFault(SendFault.NONE);
        CliHarness.Result again = run("facebook-objection");

        assertThat(again.exitCode()).as(again.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("this profile already tried to send facebook-ai-objection")
                .contains("it may have reached Meta").contains("--force");
        assertThat(objections()).isEqualTo(1);
    }

    @Test
    void a_send_meta_s_page_refused_is_no_send_so_the_corrected_rerun_needs_no_force() {
        replica.scenario().extraRequiredUnmarked(true);

        CliHarness.Result refused = run("facebook-objection");

        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(ExitCodes.REFUSED);
        String[] lines = refused.err().strip().split("\n");
        assertThat(lines[lines.length - 1]).as("the last line says what became of it")
                .startsWith("refused: ").contains("\"Please enter your full name.\" about 'Full name'")
                .contains("nothing counts as sent").doesNotContain("may have reached Meta");
        assertThat(objections()).isZero();
        assertThat(new SendLedger(home.resolve("data/sent.jsonl")).entries()).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("refused");
                    assertThat(e.sent()).isFalse();
                });

        replica.scenario().extraRequiredUnmarked(false);
        CliHarness.Result again = run("facebook-objection");

        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(objections()).isEqualTo(1);
        String[] last = again.out().strip().split("\n");
        assertThat(last[last.length - 1]).startsWith("Done: Meta's page confirmed it (\"Your objection has been "
                + "submitted\")");
    }
}
