package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.testing.SharedReplica;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout run} against the replica's field limits: what the person reads, and the exit code. */
class FieldLimitsCliTest {

    @RegisterExtension
    static final SharedReplica replica = SharedReplica.withoutCookieDialog();

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void fresh() {
        cli = new CliHarness(home);
    }

    private CliHarness.Result run(String... values) {
        String[] base = {"run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--headless", "--yes", "--set", "country=DE", "--profile", home.resolve("profile").toString(),
                "--report", home.resolve("report").toString()};
        return cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of(base),
                java.util.stream.Stream.of(values)).toArray(String[]::new));
    }

    @Test
    void a_reason_over_the_field_s_limit_under_yes_exits_4_with_the_sentence_that_says_how_to_fix_it() {
        replica.scenario().reasonMaxLength(40);

        CliHarness.Result result = run("--set", "reason=A reason that is longer than forty characters in all.");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(result.err().strip().lines().reduce((a, b) -> b).orElse(""))
                .contains("'Please explain how this processing impacts you' takes at most 40 characters, and the "
                        + "reason is 53 characters long; nothing was typed")
                .contains("give a shorter reason (--set reason=…, at most 40 characters)")
                .endsWith("Nothing was sent.");
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isZero();
    }

    @Test
    void a_read_only_email_under_yes_sends_the_page_s_address_and_says_the_person_s_cannot_be_used() {
        replica.scenario().readonlyEmail(true);

        CliHarness.Result result = run("--set", "email=mine@example.org");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("the page sends the account's address p***@e***.test; yours cannot be "
                + "used here");
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> assertThat(s.fields())
                .containsEntry("email", Scenario.DEFAULT_EMAIL));
    }
}
