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
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--lang", "it");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--lang must be en, de, fr (GDPR) or pt (LGPD, Brazil), not it");
    }

    @Test
    void the_portuguese_letter_is_brazil_s_under_the_lgpd() {
        CliHarness.Result result = cli.run("letter", "--platform", "instagram", "--lang", "pt");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("art. 18, § 2º").contains("LGPD").contains("Facebook Serviços Online do "
                + "Brasil Ltda.").contains("Instagram").doesNotContain("GDPR").doesNotContain("Ireland");
    }

    @Test
    void living_in_brazil_gives_the_lgpd_letter_in_portuguese_without_asking_for_the_language() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--country", "BR");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Oposição, com base no art. 18, § 2º, da LGPD").doesNotContain("GDPR");
    }

    @Test
    void living_in_switzerland_or_the_uk_gives_the_gdpr_letter() {
        assertThat(cli.run("letter", "--platform", "facebook", "--country", "CH").out())
                .contains("Article 21 GDPR").contains("Meta Platforms Ireland Limited");
        assertThat(cli.run("letter", "--platform", "facebook", "--country", "United Kingdom", "--lang", "de").out())
                .contains("Art. 21 DSGVO");
    }

    @Test
    void a_language_the_law_of_the_country_has_no_letter_in_is_refused() {
        CliHarness.Result fromBrazil = cli.run("letter", "--platform", "facebook", "--country", "BR", "--lang", "en");
        CliHarness.Result fromPortugal = cli.run("letter", "--platform", "facebook", "--country", "PT", "--lang",
                "pt");

        assertThat(fromBrazil.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fromBrazil.err()).contains("the LGPD Art. 18 § 2 letter is written in pt, not en");
        assertThat(fromPortugal.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fromPortugal.err()).contains("the GDPR Art. 21 letter is written in en, de, fr, not pt");
    }

    @Test
    void where_no_law_gives_a_right_to_object_there_is_no_letter_and_the_guide_is_named() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--country", "US");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no objection letter for US").contains("optout guide --country US");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void an_unknown_country_is_refused_with_a_hint() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--country", "Atlantis");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("--country: 'Atlantis' is not a country optout knows");
    }
}
