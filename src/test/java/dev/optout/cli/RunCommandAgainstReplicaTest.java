package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optout run} end to end: picocli, the workflow, a real headless Chromium and the replica. */
class RunCommandAgainstReplicaTest {

    private static final String CANARY_EMAIL = "canary+7f3@example.test";
    private static final String CANARY_REASON = "CANARY-7f3";

    private static ReplicaServer replica;

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeAll
    static void start() {
        replica = ReplicaServer.start(new Scenario());
    }

    @AfterAll
    static void stop() {
        replica.close();
    }

    @BeforeEach
    void fresh() {
        replica.scenario().reset();
        replica.recorder().clear();
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
        assertThat(result.out()).contains("optout will send this to www.facebook.com:").contains("Done:");
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
