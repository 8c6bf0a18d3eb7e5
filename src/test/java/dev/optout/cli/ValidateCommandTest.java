package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optout validate}, how every command that runs packs tells of the person's own replacements, and what they
 * say of a pack id that names none.
 */
class ValidateCommandTest {

    private static final String NO_DRIVER = "/nonexistent/chromedriver";

    /** The person's own facebook-objection, as one may write it to fix a selector without a new release. */
    private static final String MY_FACEBOOK = """
            format: 1
            id: facebook-objection
            title: My own version
            origins: [https://www.facebook.com]
            inputs:
              country: {type: country, required: true}
            steps:
              - open: https://www.facebook.com/help/contact/6359191084165019
            """;

    @TempDir
    Path home;

    private CliHarness cli;
    private Path mine;

    @BeforeEach
    void harness() throws IOException {
        cli = new CliHarness(home);
        Path packs = Files.createDirectories(home.resolve("config").resolve("packs"));
        mine = packs.resolve("mine.yaml");
    }

    @Test
    void validate_lists_the_own_packs_that_replace_bundled_ones() throws IOException {
        Files.writeString(mine, MY_FACEBOOK);

        CliHarness.Result result = cli.run("validate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ok   facebook-objection  (" + mine + ")")
                .contains("note using your pack " + mine + " instead of the bundled facebook-objection");
    }

    @Test
    void without_own_packs_validate_notes_nothing() {
        assertThat(cli.run("validate").out()).doesNotContain("note ");
    }

    @Test
    void run_announces_the_replacement_before_anything_else() throws IOException {
        Files.writeString(mine, MY_FACEBOOK);

        CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "country=DE", "--driver", NO_DRIVER,
                "--headless");

        assertThat(result.err()).startsWith("optout: using your pack " + mine + " instead of the bundled "
                + "facebook-objection\n");
    }

    @Test
    void demo_and_guide_announce_it_too() throws IOException {
        Files.writeString(mine, MY_FACEBOOK);
        String announcement = "optout: using your pack " + mine + " instead of the bundled facebook-objection\n";

        assertThat(cli.run("demo", "--headless", "--yes", "--driver", NO_DRIVER).err()).startsWith(announcement);
        assertThat(cli.withInput("", "guide", "--country", "DE", "--platforms", "facebook", "--dry-run",
                "--driver", NO_DRIVER).err()).startsWith(announcement);
    }

    @Test
    void validate_strict_passes_on_the_bundled_packs() {
        CliHarness.Result result = cli.run("validate", "--strict");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void validate_strict_reports_each_target_without_a_fallback_and_exits_3() throws IOException {
        Files.writeString(mine, MY_FACEBOOK.replace("inputs:", """
                targets:
                  done:
                    - text: Done
                inputs:"""));

        CliHarness.Result all = cli.run("validate", "--strict");
        CliHarness.Result one = cli.run("validate", "--strict", mine.toString());
        CliHarness.Result lenient = cli.run("validate", mine.toString());

        String finding = "FAIL " + mine + ":6:3: target 'done' has no fallback: its only locator is text=\"Done\"";
        assertThat(all.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(all.err()).startsWith(finding).hasLineCount(1);
        assertThat(one.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(one.err()).startsWith(finding);
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void a_misspelt_pack_id_gets_a_did_you_mean_and_no_browser_starts() {
        CliHarness.Result result = cli.run("run", "facebok-objection", "--driver", NO_DRIVER);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no pack with id 'facebok-objection'; did you mean 'facebook-objection'?")
                .hasLineCount(1);
    }

    @Test
    void a_country_typed_by_name_is_taken() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--set", "country=Deutschland", "--driver",
                NO_DRIVER, "--headless");

        assertThat(result.exitCode()).as("got past the inputs to the browser").isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
    }

    @Test
    void doctor_warns_of_the_replacement() throws IOException {
        Files.writeString(mine, MY_FACEBOOK);

        CliHarness.Result result = cli.run("doctor", "--driver", NO_DRIVER);

        assertThat(result.out()).containsPattern("warn  \\d+ selector packs valid \\(.*\\); using your pack "
                + java.util.regex.Pattern.quote(mine.toString()) + " instead of the bundled facebook-objection — "
                + "remove your file to use the bundled one again");
    }
}
