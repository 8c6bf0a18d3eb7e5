package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Prompts that ask again, countries by name and alias, the display check, and the one-line messages for mistyped
 * commands, options and files, all without a browser. Where a test must show the run got past the questions, it
 * passes a driver that does not exist: reaching the launch ends with exit 6 and chromedriver's "not found".
 */
class PromptsAndMessagesTest {

    private static final String NO_DRIVER = "/nonexistent/chromedriver";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(home);
    }

    private CliHarness.Result runFacebook(String stdin, String... extra) {
        String[] base = {"run", "facebook-objection", "--driver", NO_DRIVER, "--headless"};
        return cli.withInput(stdin, java.util.stream.Stream.concat(java.util.stream.Stream.of(base),
                java.util.stream.Stream.of(extra)).toArray(String[]::new));
    }

    private static void assertReachedTheBrowser(CliHarness.Result result) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(result.err()).contains("chromedriver not found at " + NO_DRIVER);
    }

    @Test
    void a_wrong_country_is_asked_again_with_the_reason_and_the_right_one_is_used() {
        CliHarness.Result result = runFacebook("Germny\nGermany\n");

        assertThat(result.out()).contains("Country where you live").contains("[required]")
                .contains("'Germny' is not a country optout knows").contains("did you mean Germany (DE)?")
                .contains("did you mean Germany (DE)? Please try again.");
        assertReachedTheBrowser(result);
    }

    @Test
    void an_empty_answer_to_a_required_question_is_asked_again() {
        CliHarness.Result result = runFacebook("\n  \nDE\n");

        assertThat(result.out()).contains("country is required. Please try again.");
        assertReachedTheBrowser(result);
    }

    @Test
    void after_three_wrong_answers_the_run_ends_with_exit_3_and_the_last_reason() {
        CliHarness.Result result = runFacebook("Narnia\nAtlantis\nMordor\nDE\n");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("no good answer for country after 3 tries").contains("'Mordor'")
                .contains("--set country=VALUE");
        assertThat(result.err().lines()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"Deutschland", "uk", "USA", "Allemagne", "deu", "the netherlands", "Alemanha"})
    void countries_are_taken_by_code_name_in_the_forms_languages_or_alias_at_the_prompt(String typed) {
        CliHarness.Result result = runFacebook(typed + "\n");

        assertThat(result.out()).doesNotContain("try again");
        assertReachedTheBrowser(result);
    }

    @ParameterizedTest
    @CsvSource({"Deutschland", "UK", "holland"})
    void countries_are_taken_by_name_and_alias_in_set_too(String typed) {
        assertReachedTheBrowser(runFacebook("", "--set", "country=" + typed));
    }

    @Test
    void the_warning_for_an_unknown_set_name_comes_even_when_a_required_value_is_missing() {
        CliHarness.Result result = runFacebook("", "--set", "emial=alex@example.test");

        assertThat(result.err()).contains("warning: 'emial' is not an input of pack facebook-objection and is "
                + "ignored; did you mean 'email'?");
        assertThat(result.err().indexOf("warning")).isLessThan(result.err().indexOf("country is required"));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
    }

    @Test
    void a_malformed_value_is_refused_before_anything_is_asked_showing_what_was_typed() {
        CliHarness.Result result = runFacebook("DE\n", "--set", "email=alex@@example");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("'alex@@example' is not an email address");
        assertThat(result.out()).doesNotContain("Country where you live");
    }

    @Test
    void without_a_display_a_pack_that_may_need_you_stops_before_anything_is_asked() {
        CliHarness.Result result = cli.withInput("DE\n", "run", "facebook-objection", "--driver", NO_DRIVER);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(result.err()).contains("no display: log in once with `optout browser start` on a desktop, then "
                + "use `--attach`").contains("facebook-objection may need you").contains("--headless");
        assertThat(result.out()).doesNotContain("Country where you live");
    }

    @Test
    void without_a_display_a_pack_that_never_needs_you_runs_headless_with_a_note() throws Exception {
        Path pack = home.resolve("no-person.yaml");
        Files.writeString(pack, String.join("\n",
                "format: 1",
                "id: no-person",
                "title: Opens a page",
                "description: d",
                "regions: [ALL]",
                "origins: [https://www.facebook.com]",
                "targets:",
                "  title:",
                "    - role: heading",
                "      name: Privacy Center",
                "    - text: Privacy Center",
                "steps:",
                "  - open: https://www.facebook.com/privacy/center/",
                "  - verify: [title]",
                ""));

        CliHarness.Result result = cli.run("run", pack.toString(), "--driver", NO_DRIVER);

        assertThat(result.out()).contains("No display: running the browser headless (this pack never needs you in "
                + "the browser).");
        assertReachedTheBrowser(result);
    }

    @Test
    void with_a_display_the_doctor_says_a_window_can_open_and_without_one_it_warns() {
        CliHarness.Result without = cli.run("doctor", "--driver", NO_DRIVER);
        CliHarness.Result with = cli.on(new Terminal(true, false, false)).run("doctor", "--driver", NO_DRIVER);

        assertThat(without.out()).contains("warn  no display").contains("optout browser start");
        assertThat(with.out()).contains("ok    display: the browser can open a window");
    }

    @Test
    void a_mistyped_command_gets_the_closest_one() {
        CliHarness.Result result = cli.run("rnu", "facebook-objection");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'rnu' is not an optout command; did you mean 'run'?");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void a_mistyped_option_gets_the_closest_one() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--dryrun");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown option '--dryrun' for 'optout run'; did you mean '--dry-run'?");
    }

    @Test
    void a_set_without_a_name_says_what_it_takes_and_never_option_option() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "DE");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--set takes NAME=VALUE, e.g. --set country=DE; 'DE' has no '='")
                .doesNotContain("option option");
    }

    @Test
    void a_mistyped_pack_gets_the_closest_one() {
        CliHarness.Result result = cli.run("run", "facebok-objection");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("facebook-objection");
    }

    @Test
    void validate_on_a_missing_file_or_a_folder_is_a_usage_error_in_one_line() throws Exception {
        CliHarness.Result missing = cli.run("validate", home.resolve("no/such/file.yaml").toString());
        CliHarness.Result folder = cli.run("validate", Files.createDirectories(home.resolve("packs")).toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such file: " + home.resolve("no/such/file.yaml"))
                .doesNotContain("internal error");
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.err()).contains("is a folder").doesNotContain("internal error");
        assertThat(folder.err().lines()).hasSize(1);
    }

    @Test
    void list_plan_and_doctor_print_json_on_request() throws Exception {
        ObjectMapper json = new ObjectMapper();

        JsonNode list = json.readTree(cli.run("list", "--json").out());
        JsonNode plan = json.readTree(cli.run("plan", "facebook-objection", "--json").out());
        CliHarness.Result doctorRun = cli.run("doctor", "--json", "--driver", NO_DRIVER);
        JsonNode doctor = json.readTree(doctorRun.out());

        assertThat(list.findValuesAsText("id")).contains("facebook-objection", "third-party-ai-data");
        assertThat(plan.get("id").asText()).isEqualTo("facebook-objection");
        assertThat(plan.get("inputs").get(0).get("name").asText()).isEqualTo("country");
        assertThat(plan.get("steps").findValuesAsText("description")).contains("send the objection");
        assertThat(plan.get("steps").findValues("sends")).anySatisfy(sends -> assertThat(sends.asBoolean()).isTrue());
        assertThat(doctor.get("checks").findValuesAsText("status")).contains("ok");
        assertThat(doctor.get("checks").findValuesAsText("what")).anySatisfy(what ->
                assertThat(what).contains("no display"));
        assertThat(doctor.has("runCanWork")).isTrue();
    }
}
