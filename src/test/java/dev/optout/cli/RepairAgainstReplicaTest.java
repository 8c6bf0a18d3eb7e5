package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optout.replica.Scenario;
import dev.optout.testing.EditedPacks;
import dev.optout.testing.SharedReplica;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 end to end: the replica with reworded labels (what Meta does several times a year), a real headless
 * Chromium, and the commands a person uses to get past it: the repair during a run, {@code fix} and {@code check}.
 */
class RepairAgainstReplicaTest {

    private static final String CANARY_EMAIL = "canary+7f3@example.test";
    private static final String CANARY_REASON = "CANARY-7f3 my own reason";
    /** The replica's reworded English texts (replica/i18n.json), which the bundled pack does not know. */
    private static final Map<String, String> REWORDED = Map.of("country", "Your country of residence",
            "email", "Your email", "reason", "Tell us how this affects you", "send", "Submit request");

    /** The repair's question in a headless browser, up to where it waits for the answer. */
    private static final String HEADLESS_QUESTION = "(its label or button text, as Meta shows it in your own "
            + "browser); an empty line stops: ";

    /** Every test starts from the reworded replica. */
    @RegisterExtension
    static final SharedReplica replica = SharedReplica.with(scenario -> scenario.rewordedLabels(true));

    @TempDir
    Path home;

    private CliHarness cli;

    /**
     * The person's packs hold the objection form's library without its structural fallbacks (as a pack written
     * before them is): the bundled one finds a reworded form by its structure and needs no repair.
     */
    @BeforeEach
    void harness() throws IOException {
        cli = new CliHarness(home);
        Path library = home.resolve("config/packs/lib/meta-objection-form.yaml");
        Files.createDirectories(library.getParent());
        Files.writeString(library, EditedPacks.libraryWithoutStructure("meta-objection-form.yaml"));
    }

    private String[] withReplica(String command, String report, String... extra) {
        String[] base = {command, "facebook-objection", "--origin-map", "https://www.facebook.com="
                + replica.baseUrl(), "--headless", "--set", "country=DE", "--profile", home.resolve("profile").toString(),
                "--report", home.resolve(report).toString(), "--timeout", "5"};
        return Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
    }

    private CliHarness.Result run(String stdin, String report, String... extra) {
        String[] values = {"--set", "email=" + CANARY_EMAIL, "--set", "reason=" + CANARY_REASON};
        return cli.withInput(stdin, withReplica("run", report,
                Stream.concat(Stream.of(values), Stream.of(extra)).toArray(String[]::new)));
    }

    private Path fixFile() {
        return home.resolve("config/packs/fixes/facebook-objection.yaml");
    }

    private void fixEveryRewordedTarget() {
        REWORDED.forEach((target, text) -> {
            CliHarness.Result fix = cli.run("fix", "facebook-objection", target, "--text", text);
            assertThat(fix.exitCode()).as(fix.all()).isZero();
        });
    }

    @Test
    void an_unattended_run_fails_with_the_fix_command_and_the_fix_commands_make_the_same_run_send_once() {
        CliHarness.Result broken = run("", "broken", "--yes");

        assertThat(broken.exitCode()).as(broken.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(broken.err().strip()).endsWith("optout fix facebook-objection country --text \"…\"");
        assertThat(broken.all()).doesNotContain("Type the text you see on it");

        CliHarness.Result send = cli.run("fix", "facebook-objection", "send", "--text", "Submit request");
        assertThat(send.out()).contains("Fixed: facebook-objection 'send' is now found by role=button "
                + "name=\"Submit request\" first");
        fixEveryRewordedTarget();
        CliHarness.Result fixed = run("", "fixed", "--yes");

        assertThat(fixed.exitCode()).as(fixed.all()).isZero();
        assertThat(fixed.err()).contains("optout: using your fixes for facebook-objection");
        assertThat(replica.recorder().submissions()).hasSize(1);
        assertThat(replica.recorder().submissions().get(0).fields()).containsEntry("email", CANARY_EMAIL)
                .containsEntry("reason", CANARY_REASON).containsEntry("country", "DE");
    }

    @Test
    void a_run_whose_standard_input_is_closed_shows_the_question_once_and_fails_as_an_unattended_one() {
        CliHarness.Result closed = run("", "closed");

        assertThat(closed.exitCode()).as(closed.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(closed.out().split(Pattern.quote(HEADLESS_QUESTION), -1)).as(closed.out()).hasSize(2);
        assertThat(closed.out()).doesNotContain("Is this");
        assertThat(closed.err().strip()).endsWith("optout fix facebook-objection country --text \"…\"");
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(fixFile()).doesNotExist();
    }

    @Test
    void an_attended_run_repairs_itself_from_piped_answers_and_the_next_run_uses_the_fix_without_asking()
            throws Exception {
        String answers = String.join("\n", REWORDED.get("country"), "y", REWORDED.get("email"), "y",
                REWORDED.get("reason"), "y", "y", REWORDED.get("send"), "y", "");

        CliHarness.Result repaired = run(answers, "repaired");

        assertThat(repaired.exitCode()).as(repaired.all()).isZero();
        assertThat(replica.recorder().submissions()).hasSize(1);
        assertThat(replica.recorder().submissions().get(0).fields()).containsEntry("email", CANARY_EMAIL)
                .containsEntry("country", "DE");
        assertThat(repaired.out()).contains("cannot find any of 'country'")
                .contains("Is this 'country'?").contains("Repaired in this run (by you):")
                .contains("'email' now found by role=textbox name=\"Your email\"");
        String fixes = Files.readString(fixFile());
        assertThat(fixes).contains("pack: facebook-objection").contains("origin: https://www.facebook.com")
                .contains("lang: en").contains("Submit request").contains("Your country of residence");
        assertThat(fixes + repaired.all()).doesNotContain(CANARY_EMAIL).doesNotContain("CANARY-7f3");

        CliHarness.Result again = run("y\n", "again", "--force");

        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).doesNotContain("Type the text you see on it").doesNotContain("Is this");
        assertThat(replica.recorder().submissions()).hasSize(2);
    }

    @Test
    void a_script_that_answers_each_question_only_after_seeing_it_repairs_the_run_and_sends_once() {
        AnswersAfterQuestions script = new AnswersAfterQuestions();
        for (String target : List.of("country", "email", "reason")) {
            script.when(HEADLESS_QUESTION, REWORDED.get(target)).when("Is this '" + target + "'?", "y");
        }
        script.when("Send this objection to Meta? [y/N] ", "y")
                .when(HEADLESS_QUESTION, REWORDED.get("send")).when("Is this 'send'?", "y");
        String[] values = {"--set", "email=" + CANARY_EMAIL, "--set", "reason=" + CANARY_REASON};

        CliHarness.Result repaired = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> cli.answering(script, withReplica("run", "expect", values)));

        assertThat(repaired.exitCode()).as(repaired.all()).isZero();
        assertThat(script.allAnswered()).isTrue();
        assertThat(replica.recorder().submissions()).hasSize(1);
        assertThat(repaired.all()).doesNotContain(CANARY_EMAIL).doesNotContain("CANARY-7f3");
    }

    @Test
    void on_a_german_page_the_repair_takes_the_german_texts_and_keeps_the_page_language() throws Exception {
        replica.scenario().language("de");
        String answers = String.join("\n", "Dein Wohnsitzland", "y", "Deine E-Mail", "y",
                "Erzähl uns, wie dich das betrifft", "y", "y", "Anfrage abschicken", "y", "");

        CliHarness.Result repaired = run(answers, "german");

        assertThat(repaired.exitCode()).as(repaired.all()).isZero();
        assertThat(replica.recorder().submissions()).hasSize(1);
        String fixes = Files.readString(fixFile());
        assertThat(fixes).contains("lang: de").doesNotContain("lang: en").contains("Anfrage abschicken");
    }

    @Test
    void check_says_which_targets_are_missing_before_the_fixes_and_none_after_also_as_json() throws Exception {
        CliHarness.Result before = cli.run(withReplica("check", "check-before"));

        assertThat(before.exitCode()).as(before.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(before.out()).contains("Check of facebook-objection:").containsPattern("country +MISSING")
                .containsPattern("send +MISSING").containsPattern("form-title +found by its first locator")
                .contains("repair 'send' with: optout fix facebook-objection send --text \"…\"");
        assertThat(replica.recorder().submissions()).isEmpty();

        fixEveryRewordedTarget();
        // Without --set country=…: a check types nothing, so it needs none of the person's values.
        List<String> withoutCountry = new ArrayList<>(List.of(withReplica("check", "check-after", "--json")));
        withoutCountry.subList(withoutCountry.indexOf("country=DE") - 1, withoutCountry.indexOf("country=DE") + 1)
                .clear();
        CliHarness.Result after = cli.run(withoutCountry.toArray(String[]::new));

        assertThat(after.exitCode()).as(after.all()).isZero();
        assertThat(after.err()).contains("facebook-objection: stand-in values for country (a check types nothing; "
                + "--set NAME=VALUE uses yours)");
        JsonNode json = new ObjectMapper().readTree(after.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        JsonNode targets = json.get("packs").get(0).get("targets");
        assertThat(targets.findValuesAsText("status")).doesNotContain("missing");
        for (JsonNode target : targets) {
            if (REWORDED.containsKey(target.get("target").asText())) {
                assertThat(target.get("status").asText()).as(target.toString()).isEqualTo("first");
            }
        }
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void a_missing_send_leaves_an_outline_without_the_typed_values_nor_the_pre_filled_email() throws Exception {
        for (String target : new String[] {"country", "email", "reason"}) {
            assertThat(cli.run("fix", "facebook-objection", target, "--text", REWORDED.get(target)).exitCode())
                    .isZero();
        }

        CliHarness.Result result = run("", "outline", "--yes", "--verbose");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(replica.recorder().submissions()).isEmpty();
        String outline = Files.readString(home.resolve("outline/outline.json"));
        assertThat(outline).contains("Submit request").contains("Your email").contains("\"role\" : \"combobox\"")
                .doesNotContain(CANARY_EMAIL).doesNotContain("canary").doesNotContain("CANARY")
                .doesNotContain(Scenario.DEFAULT_EMAIL);
        assertThat(result.out()).contains("Page outline of");
        assertThat(result.all()).doesNotContain(CANARY_EMAIL).doesNotContain("CANARY-7f3");
    }

    @Test
    void fix_lists_removes_and_exports_and_refuses_an_unknown_target() {
        fixEveryRewordedTarget();

        assertThat(cli.run("fix", "--list").out()).contains("facebook-objection 'send' role=button "
                + "name=\"Submit request\"");
        assertThat(cli.run("fix", "--export").out()).contains("facebook-objection:").contains("prepend-to-targets:")
                .contains("Your country of residence");
        CliHarness.Result unknown = cli.run("fix", "facebook-objection", "sned", "--text", "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("did you mean 'send'?");
        assertThat(cli.run("fix", "--remove", "facebook-objection", "send").out()).contains("Removed");
        assertThat(cli.run("fix", "--list").out()).doesNotContain("'send'").contains("'country'");
    }
}
