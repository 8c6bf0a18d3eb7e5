package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optout.testing.SharedReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout run} end to end: picocli, the workflow, a real headless Chromium and the replica. */
class RunCommandAgainstReplicaTest {

    private static final String CANARY_EMAIL = "canary+7f3@example.test";
    private static final String CANARY_REASON = "CANARY-7f3";

    @RegisterExtension
    static final SharedReplica replica = SharedReplica.withDefaults();

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void fresh() {
        cli = new CliHarness(home);
    }

    private CliHarness.Result run(String stdin, String... extra) {
        String[] base = {"run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--headless", "--set", "country=DE", "--set", "email=" + CANARY_EMAIL, "--set",
                "reason=" + CANARY_REASON, "--profile", home.resolve("profile").toString(), "--report",
                home.resolve("report").toString()};
        return cli.withInput(stdin, Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    private JsonNode report() throws Exception {
        return new ObjectMapper().readTree(home.resolve("report/run.json").toFile());
    }

    @Test
    void a_run_with_yes_submits_once_and_writes_an_owner_only_report_without_personal_values() throws Exception {
        CliHarness.Result result = run("", "--yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(replica.recorder().submissions()).hasSize(1);
        assertThat(replica.recorder().submissions().get(0).fields()).containsEntry("email", CANARY_EMAIL);
        JsonNode run = report();
        assertThat(run.get("pack").asText()).isEqualTo("facebook-objection");
        assertThat(run.get("mode").asText()).isEqualTo("live");
        assertThat(run.get("outcome").asText()).isEqualTo("confirmed");
        JsonNode step = run.get("steps").get(0);
        assertThat(step.has("n") && step.has("type") && step.has("target") && step.has("status")
                && step.has("matched") && step.has("ms")).isTrue();
        assertThat(run.get("steps").findValuesAsText("status")).contains("done", "skipped");
        String json = Files.readString(home.resolve("report/run.json"));
        assertThat(json + result.all()).doesNotContain("canary").doesNotContain(CANARY_REASON);
        assertThat(json).contains("c***@e***.test");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("report/run.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("report"))))
                .isEqualTo("rwx------");
        assertThat(result.out()).contains("optout will send this to the replica of www.facebook.com (127.0.0.1:"
                + replica.port() + "):").contains("Done:").contains("Meta must answer within one month")
                .contains("Report: " + home.resolve("report/report.html"));
    }

    @Test
    void without_an_email_given_run_json_records_the_address_the_page_sent_masked() throws Exception {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--origin-map", "https://www.facebook.com="
                + replica.baseUrl(), "--headless", "--yes", "--set", "country=Deutschland", "--profile",
                home.resolve("profile").toString(), "--report", home.resolve("report").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        java.util.Map<String, String> received = replica.recorder().submissions().get(0).fields();
        JsonNode sent = report().get("sent");
        assertThat(sent.findValuesAsText("value")).doesNotContain("(empty)")
                .contains(dev.optout.pack.Masking.email(received.get("email")))
                .anySatisfy(value -> assertThat(value).contains("(" + received.get("country") + ")"))
                .anySatisfy(value -> assertThat(value).startsWith(received.get("reason").substring(0, 20)));
        assertThat(sent.findValuesAsText("field")).containsExactly("Country where you live", "Email address",
                "Please explain how this processing impacts you");
    }

    @Test
    void progress_lines_are_short_and_the_locators_show_only_under_verbose() {
        CliHarness.Result quiet = run("n\n");
        CliHarness.Result verbose = cli.withInput("n\n", "run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--set", "country=DE", "--profile",
                home.resolve("profile").toString(), "--report", home.resolve("report-verbose").toString(),
                "--verbose");

        assertThat(quiet.out().lines().filter(line -> line.startsWith("[")))
                .isNotEmpty().allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100))
                .noneSatisfy(line -> assertThat(line).contains("role="));
        assertThat(quiet.out()).doesNotContain("via role=").doesNotContain("\u001b[");
        assertThat(verbose.out()).contains("via role=heading name=\"Object to your information being used for AI");
    }

    @Test
    void at_a_terminal_the_confirmation_shows_the_person_s_own_values_in_full_and_the_report_stays_masked()
            throws Exception {
        CliHarness atTerminal = cli.on(new Terminal(false, true, false));

        CliHarness.Result result = atTerminal.withInput("n\n", "run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--set", "country=DE", "--set",
                "email=" + CANARY_EMAIL, "--set", "reason=" + CANARY_REASON, "--profile",
                home.resolve("profile").toString(), "--report", home.resolve("report").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.DECLINED);
        String summary = result.out().substring(result.out().indexOf("optout will send this"));
        assertThat(summary.substring(0, summary.indexOf("[y/N]"))).contains(CANARY_EMAIL).contains(CANARY_REASON);
        String lines = result.out().replace(summary.substring(0, summary.indexOf("[y/N]")), "");
        assertThat(lines + result.err()).doesNotContain(CANARY_EMAIL).doesNotContain(CANARY_REASON);
        assertThat(Files.readString(home.resolve("report/run.json")) + Files.readString(home.resolve(
                "report/report.html"))).doesNotContain("canary").doesNotContain(CANARY_REASON);
    }

    @Test
    void the_dry_run_summary_lists_the_country_and_the_reason_it_would_send() {
        CliHarness.Result result = run("", "--dry-run");

        assertThat(result.out()).contains("optout will send this to the replica of www.facebook.com")
                .contains("Germany (DE)").contains("Please explain how this processing impacts you")
                .contains("C… (10 chars)").contains("c***@e***.test");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void the_report_opens_in_the_browser_when_a_display_exists_unless_no_open_is_given() {
        CliHarness withDisplay = cli.on(new Terminal(true, false, false));

        withDisplay.run("run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--headless", "--dry-run", "--set", "country=DE", "--profile", home.resolve("profile").toString(),
                "--report", home.resolve("opened").toString());
        withDisplay.run("run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--headless", "--dry-run", "--set", "country=DE", "--profile", home.resolve("profile").toString(),
                "--report", home.resolve("not-opened").toString(), "--no-open");

        assertThat(withDisplay.opened()).containsExactly(home.resolve("opened/report.html"));
        assertThat(cli.opened()).isEmpty();
    }

    @Test
    void the_history_lists_every_attempt_and_send_newest_first_and_the_json_says_the_same() throws Exception {
        run("n\n");
        cli.run("run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--headless", "--yes", "--set", "country=DE", "--profile", home.resolve("profile").toString(),
                "--report", home.resolve("report-2").toString());

        CliHarness.Result history = cli.run("history");
        CliHarness.Result json = cli.run("history", "--json", "--profile", home.resolve("profile").toString());

        assertThat(history.exitCode()).isZero();
        String text = history.out();
        assertThat(text).contains("Profile " + home.resolve("profile").toAbsolutePath());
        assertThat(text.indexOf("confirmed")).isLessThan(text.indexOf("declined"));
        assertThat(text).contains("not sent").contains(home.resolve("report-2/report.html").toString())
                .contains("to the replica at " + replica.baseUrl());
        JsonNode runs = new ObjectMapper().readTree(json.out());
        assertThat(runs.findValuesAsText("outcome")).containsExactly("confirmed", "declined");
        assertThat(runs.findValues("sent")).extracting(JsonNode::asBoolean).containsExactly(true, false);
    }

    @Test
    void the_same_request_from_the_same_profile_is_not_sent_twice_unless_forced() {
        CliHarness.Result first = run("", "--yes");
        CliHarness.Result again = cli.run("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--set", "country=DE",
                "--profile", home.resolve("profile").toString(), "--report", home.resolve("report-2").toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already sent facebook-ai-objection (with facebook-objection)")
                .contains("--force");
        assertThat(replica.recorder().submissions()).hasSize(1);

        CliHarness.Result forced = cli.run("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--force", "--set",
                "country=DE", "--profile", home.resolve("profile").toString(), "--report",
                home.resolve("report-3").toString());

        assertThat(forced.exitCode()).as(forced.all()).isZero();
        assertThat(replica.recorder().submissions()).hasSize(2);
    }

    @Test
    void a_dry_run_exits_0_and_submits_nothing() throws Exception {
        CliHarness.Result result = run("", "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(report().get("outcome").asText()).isEqualTo("dry-run");
        assertThat(report().get("mode").asText()).isEqualTo("dry-run");
        assertThat(report().get("steps").findValuesAsText("status")).contains("would-do").doesNotContain("failed");
    }

    @Test
    void answering_no_at_the_prompt_exits_5_and_submits_nothing() throws Exception {
        CliHarness.Result result = run("n\n");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.DECLINED);
        assertThat(result.out()).contains("[y/N]");
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(report().get("outcome").asText()).isEqualTo("declined");
    }

    @Test
    void a_dry_run_against_a_page_without_the_form_exits_4_and_names_what_it_tried() throws Exception {
        // The form never renders within the run: its structure cannot stand in for the texts either.
        replica.scenario().renderDelayMs(60_000);
        CliHarness.Result result = cli.withInput("", "run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--dry-run", "--set", "country=DE",
                "--timeout", "2", "--locale", "de", "--profile", home.resolve("profile").toString(), "--report",
                home.resolve("report").toString());

        // The replica shows English pages while --locale de makes the pack look for German texts.
        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(result.out()).contains("role=heading name=\"Widerspruch gegen die Verwendung deiner Informationen")
                .contains("lang=de");
        assertThat(replica.recorder().submissions()).isEmpty();
    }
}
