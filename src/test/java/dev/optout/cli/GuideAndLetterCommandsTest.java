package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's and the letter's argument handling, which needs no browser. */
class GuideAndLetterCommandsTest {

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(home);
    }

    @Test
    void the_guide_refuses_a_country_that_is_not_an_iso_code_before_anything_starts() {
        CliHarness.Result result = cli.run("guide", "--country", "UK", "--platforms", "facebook");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("the United Kingdom is GB");
    }

    @Test
    void the_guide_refuses_an_unknown_app() {
        CliHarness.Result result = cli.run("guide", "--country", "DE", "--platforms", "facebook,myspace");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'myspace' is not one of facebook, instagram, messenger");
    }

    @Test
    void the_guide_asks_for_country_and_apps_when_they_are_not_given() {
        CliHarness.Result result = cli.withInput("zz\n", "guide");

        assertThat(result.out()).contains("Which country do you live in?");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
    }

    @Test
    void the_letter_prints_to_standard_output_by_default() {
        CliHarness.Result result = cli.run("letter", "--platform", "instagram", "--lang", "de", "--name",
                "Alex Example");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Widerspruch nach Art. 21 DSGVO").contains("Instagram")
                .contains("Alex Example");
    }

    @Test
    void the_letter_goes_to_an_owner_only_file_and_never_overwrites_one() throws Exception {
        Path file = home.resolve("letter.txt");

        CliHarness.Result first = cli.run("letter", "--platform", "facebook", "--out", file.toString(), "--email",
                "alex@example.test");
        CliHarness.Result second = cli.run("letter", "--platform", "facebook", "--out", file.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("alex@example.test");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(second.err()).contains("already exists");
    }

    @Test
    void the_letter_refuses_a_malformed_email_without_echoing_it() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--email", "alex-at-example");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("not an email address").doesNotContain("alex-at-example");
    }

    @Test
    void the_letter_refuses_an_unknown_language() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--lang", "pt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
