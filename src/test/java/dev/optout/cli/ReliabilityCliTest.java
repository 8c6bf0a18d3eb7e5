package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * reliability.md's bad input (#1), hostile packs of one's own (#2, issue 7 failure 2), a mixed template against a
 * real page (failure 5) and canaries at the most verbose output (#25), through the command a person types, each
 * counting what the replica received. The table of every case and its tests is in
 * {@code src/test/java/dev/optout/reliability/README.md}.
 */
class ReliabilityCliTest {

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
        replica.scenario().reset().cookieDialog(false);
        replica.recorder().clear();
        cli = new CliHarness(home);
    }

    private CliHarness.Result run(String pack, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", pack, "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--timeout", "10",
                "--packs", home.resolve("packs").toString()));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    private void nothingReachedTheReplica(CliHarness.Result result) {
        assertThat(result.out()).as("no browser was started").doesNotContain("Running");
        assertThat(replica.recorder().keystrokes()).isEmpty();
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest(name = "reason {0}")
    @ValueSource(strings = {"too-long", "with-a-bell"})
    void case_1_a_reason_too_long_or_with_a_control_character_is_refused_naming_the_field_before_any_browser(
            String kind) {
        String reason = kind.equals("too-long") ? "x".repeat(2001) : "I object\u0007 loudly";

        CliHarness.Result result = run("facebook-objection", "--set", "country=DE", "--set", "reason=" + reason);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("reason");
        nothingReachedTheReplica(result);
    }

    @Test
    void case_2_failure_2_an_own_pack_in_place_of_the_bundled_one_that_sends_without_a_yes_does_not_load()
            throws Exception {
        Path mine = Files.createDirectories(home.resolve("packs")).resolve("facebook-objection.yaml");
        Files.writeString(mine, String.join("\n",
                "format: 1",
                "id: facebook-objection",
                "title: Mine",
                "origins: [https://www.facebook.com]",
                "uses: [meta-common, meta-objection-form]",
                "inputs:",
                "  country: {type: country, required: true}",
                "steps:",
                "  - open: https://www.facebook.com/help/contact/6359191084165019",
                "  - select: country",
                "    value: ${country}",
                "  - click: send",
                ""));

        CliHarness.Result result = run("facebook-objection", "--set", "country=DE");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains(mine + ":12:").contains("say submits: true if it sends them");
        nothingReachedTheReplica(result);

        Files.writeString(mine, Files.readString(mine).replace("  - click: send\n",
                "  - click: send\n    submits: true\n"));
        CliHarness.Result unconfirmed = run("facebook-objection", "--set", "country=DE");

        assertThat(unconfirmed.exitCode()).as(unconfirmed.all()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(unconfirmed.err()).contains("confirm");
        nothingReachedTheReplica(unconfirmed);
    }

    @Test
    void failure_5_a_value_mixing_text_and_personal_inputs_reaches_the_page_whole_and_no_output_shows_it()
            throws Exception {
        Path pack = Files.createDirectories(home.resolve("elsewhere")).resolve("mixed.yaml");
        Files.writeString(pack, String.join("\n",
                "format: 1",
                "id: mixed-reason",
                "title: The objection with a reason that mixes text and inputs",
                "origins: [https://www.facebook.com]",
                "uses: [meta-common, meta-objection-form]",
                "inputs:",
                "  country: {type: country, required: true}",
                "  email: {type: email, personal: true}",
                "  reason: {type: text, personal: true}",
                "steps:",
                "  - open: https://www.facebook.com/help/contact/6359191084165019",
                "  - select: country",
                "    value: ${country}",
                "  - fill: reason",
                "    value: \"Contact me at ${email}. ${reason}\"",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true",
                "    sends: facebook-ai-objection",
                "  - verify: [success]",
                ""));

        CliHarness.Result result = run(pack.toString(), "--set", "country=DE", "--set", "email=" + CANARY_EMAIL,
                "--set", "reason=" + CANARY_REASON, "--report", home.resolve("report").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement().satisfies(s -> assertThat(
                s.fields()).containsEntry("reason", "Contact me at " + CANARY_EMAIL + ". " + CANARY_REASON));
        String json = Files.readString(home.resolve("report/run.json"));
        assertThat(result.out()).contains("Contact me at c***@e***.test. C… (10 chars)");
        assertThat(json).contains("Contact me at c***@e***.test. C… (10 chars)");
        assertThat(result.all() + json).doesNotContain("canary").doesNotContain(CANARY_REASON);
    }

    @Test
    void case_25_canaries_appear_in_no_output_and_no_file_even_with_stack_traces_and_a_failing_run()
            throws Exception {
        replica.scenario().overlayOverSend(true);

        CliHarness.Result result = run("facebook-objection", "--stacktrace", "--set", "country=DE", "--set",
                "email=" + CANARY_EMAIL, "--set", "reason=" + CANARY_REASON);

        assertThat(replica.recorder().keystrokes()).as("the canaries were typed").isNotEmpty();
        assertThat(result.all()).doesNotContain("canary").doesNotContain(CANARY_REASON).contains("c***@e***.test");
        Path profile = home.resolve("data/profile");
        try (Stream<Path> files = Files.walk(home.resolve("data"))) {
            for (Path file : files.filter(f -> !f.startsWith(profile) && Files.isRegularFile(f)).toList()) {
                assertThat(Files.readAllBytes(file)).as(file.toString()).asString().doesNotContain("canary")
                        .doesNotContain(CANARY_REASON);
            }
        }
    }
}
