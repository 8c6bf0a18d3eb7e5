package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command and error path that needs no browser. Where a test must prove that no browser was started, it passes
 * a driver that does not exist: reaching the launch would end with exit 6 instead of the expected code.
 */
class CommandsWithoutBrowserTest {

    private static final String NO_DRIVER = "/nonexistent/chromedriver";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(home);
    }

    @Test
    void help_lists_the_subcommands_and_every_exit_code() {
        CliHarness.Result result = cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("list", "plan", "validate", "run", "demo", "Exit codes:")
                .contains("5   you declined at the confirmation; nothing was sent")
                .contains("6   no usable browser or driver");
    }

    @Test
    void version_names_the_tool_and_the_pack_format() {
        CliHarness.Result result = cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("optout 0.1.0").contains("pack format 1");
    }

    @Test
    void list_shows_the_facebook_objection_with_its_regions() {
        CliHarness.Result result = cli.run("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("facebook-objection").contains("EU EEA UK CH BR");
    }

    @Test
    void plan_lists_the_numbered_steps_in_words_and_marks_what_sends() {
        CliHarness.Result result = cli.run("plan", "facebook-objection");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("  1. open the objection form")
                .contains("wait for you until form-title  [only if login-wall present]")
                .contains("select country ← ${country}")
                .contains("(nothing is sent before your yes)")
                .contains("send the objection  [SENDS]")
                .contains("country    country  required");
    }

    @Test
    void validate_accepts_every_bundled_pack() {
        CliHarness.Result result = cli.run("validate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ok   facebook-objection").contains("ok   library meta-common");
    }

    @Test
    void validate_reports_a_broken_pack_with_file_line_and_column_and_exits_3() throws Exception {
        Path broken = home.resolve("broken.yaml");
        Files.writeString(broken, String.join("\n",
                "format: 1",
                "id: broken",
                "title: Broken",
                "description: d",
                "regions: [EU]",
                "origins: [https://www.facebook.com]",
                "targets:",
                "  send:",
                "    - css: 'div[role=button'",
                "steps:",
                "  - open: https://www.facebook.com/help/contact/1",
                "  - tap: send",
                ""));

        CliHarness.Result result = cli.run("validate", broken.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("broken.yaml:9:").contains("broken.yaml:12:").contains("tap");
    }

    @Test
    void an_invalid_email_is_refused_before_any_browser_starts() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "country=DE", "--set", "email=foo@",
                "--driver", NO_DRIVER, "--headless");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("email").doesNotContain("Exception");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void an_unknown_country_is_refused_before_any_browser_starts() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "country=XX", "--driver", NO_DRIVER);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("country");
    }

    @Test
    void a_missing_required_value_is_asked_for_and_end_of_input_means_it_was_not_given() {
        CliHarness.Result result = cli.withInput("", "run", "facebook-objection", "--driver", NO_DRIVER,
                "--headless");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.out()).contains("Country where you live").contains("[required]");
        assertThat(result.err()).contains("country is required");
    }

    @Test
    void a_required_value_typed_at_the_prompt_is_used() {
        CliHarness.Result result = cli.withInput("de\n", "run", "facebook-objection", "--driver", NO_DRIVER, "--headless");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(result.err()).contains("chromedriver not found at " + NO_DRIVER).contains("--driver");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void an_origin_map_to_anything_but_a_loopback_address_is_a_usage_error() {
        for (String map : new String[] {"https://www.facebook.com=http://localhost:8080",
                "https://www.facebook.com=http://evil.test:80", "https://www.facebook.com=http://127.0.0.2:80",
                "https://www.facebook.com", "https://www.facebook.com=http://127.0.0.1"}) {
            CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "country=DE",
                    "--origin-map", map, "--driver", NO_DRIVER);

            assertThat(result.exitCode()).as(map).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).as(map).contains("--origin-map");
        }
    }

    @Test
    void an_unknown_pack_is_a_usage_error_that_names_the_known_ones() {
        CliHarness.Result result = cli.run("run", "instagram-magic");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("facebook-objection");
    }

    @Test
    void an_unknown_option_is_a_usage_error_in_one_line() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--frobnicate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--frobnicate");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void a_report_folder_that_already_holds_a_run_is_never_overwritten() throws Exception {
        Path report = Files.createDirectories(home.resolve("old-report"));
        Files.writeString(report.resolve("run.json"), "{}");

        CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "country=DE", "--report",
                report.toString(), "--driver", NO_DRIVER);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(report.resolve("run.json"))).isEqualTo("{}");
    }
}
