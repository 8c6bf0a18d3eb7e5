package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.testing.SharedReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fail fast where waiting cannot help (issue 7.6, failure 7; reliability #9 and #23 headless): an unwritable report
 * folder before any browser starts, a page slower than --timeout, and a login wall or a JavaScript dialog in a browser
 * without a window. Each ends in seconds, with 0 sends and 0 keys typed where they should not be.
 */
class FailFastTest {

    private static final String ADVICE = "this needs you in the browser: run with a window, or log in once with "
            + "'optout browser start'";

    @RegisterExtension
    static final SharedReplica replica = SharedReplica.withoutCookieDialog();

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void fresh() {
        cli = new CliHarness(home);
    }

    private CliHarness.Result run(Path report, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--set", "country=DE",
                "--profile", home.resolve("profile").toString(), "--report", report.toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void a_report_folder_that_cannot_be_written_is_refused_before_the_browser_starts() throws Exception {
        Path inTheWay = Files.writeString(home.resolve("a-file"), "not a folder");

        CliHarness.Result result = run(inTheWay.resolve("report"));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("cannot write the report into " + inTheWay.resolve("report"))
                .contains(inTheWay + " is a file, not a folder").contains("--report DIR");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).as("no browser was started").doesNotContain("Running");
        assertThat(replica.recorder().keystrokes()).isEmpty();
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void a_page_slower_than_the_timeout_fails_within_it_and_nothing_is_sent() {
        replica.scenario().slowResponseMs(8_000);
        Instant start = Instant.now();

        CliHarness.Result result = run(home.resolve("report"), "--timeout", "2");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(result.err()).contains("page did not load in 2 s").contains("Nothing was sent");
        assertThat(Duration.between(start, Instant.now())).as("not the old fixed 60 s").isLessThan(
                Duration.ofSeconds(30));
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void a_login_wall_in_a_headless_run_ends_it_at_once_and_no_credential_is_typed() {
        replica.scenario().loginRequired(true);
        Instant start = Instant.now();

        CliHarness.Result result = run(home.resolve("report"));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(result.err()).contains(ADVICE);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(40));
        assertThat(replica.recorder().keystrokes()).as("no credentials typed").isEmpty();
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void a_javascript_dialog_in_a_headless_run_ends_it_at_once_and_is_never_answered() {
        replica.scenario().confirmBeforeSend("Send your objection to Meta now?");
        Instant start = Instant.now();

        CliHarness.Result result = run(home.resolve("report"));

        // The page's own question about the send waits: nothing went out, so the send was refused, not sent.
        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.all()).contains("Send your objection to Meta now?").contains(ADVICE)
                .contains("refused: step 12 'wait for Meta's answer': Meta's page did not send it: it asks \"Send your "
                        + "objection to Meta now?\" in a dialog only a person can answer").doesNotContain("already sent");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(40));
        assertThat(replica.recorder().submissions()).as("the dialog was not accepted for the person").isEmpty();
    }
}
