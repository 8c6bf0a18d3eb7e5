package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void the_guide_refuses_a_country_it_does_not_know_before_anything_starts_and_names_the_closest() {
        CliHarness.Result result = cli.run("guide", "--country", "Germny", "--platforms", "facebook");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("'Germny' is not a country").contains("did you mean Germany (DE)?");
        assertThat(result.out()).doesNotContain("Which");
    }

    @Test
    void the_guide_refuses_an_unknown_app_and_names_the_closest() {
        CliHarness.Result result = cli.run("guide", "--country", "DE", "--platforms", "facebok,myspace");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'facebok' is not one of 1 facebook, 2 instagram, 3 messenger")
                .contains("did you mean facebook?");
    }

    @Test
    void without_a_display_the_guide_says_so_before_it_asks_anything() {
        CliHarness.Result result = cli.withInput("DE\n1\n", "guide");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(result.err()).contains("no display: log in once with `optout browser start` on a desktop, then "
                + "use `--attach`");
        assertThat(result.out()).doesNotContain("Which country");
    }

    @Test
    void the_guide_asks_again_for_a_country_it_does_not_know_and_for_apps_by_number_or_alias() {
        CliHarness.Result result = cli.withInput("Narnia\n\nVereinigtes Königreich\nmyspace\nfb 2\n\n", "guide",
                "--headless", "--dry-run", "--driver", "/nonexistent/chromedriver", "--set", "email=a@example.test",
                "--set", "first_name=A", "--set", "last_name=B", "--set", "prompts=P");

        assertThat(result.out()).contains("'Narnia' is not a country optout knows").contains("country is required")
                .contains("  1. Facebook").contains("  2. Instagram")
                .contains("'myspace' is not one of 1 facebook, 2 instagram, 3 messenger")
                .contains("[x] 1. Object to Meta using your Facebook information for AI (facebook-objection)")
                .contains("[x] 2. Object to Meta using your Instagram information for AI (instagram-objection)")
                .contains("GDPR");
        // Every answer was good in the end: the guide got as far as starting the browser.
        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(result.err()).contains("chromedriver not found");
    }

    @Test
    void three_wrong_answers_end_the_guide_with_the_reason() {
        CliHarness.Result result = cli.withInput("Narnia\nAtlantis\nMordor\nDE\n", "guide", "--headless");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("no good answer for country after 3 tries").contains("'Mordor'");
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
    void the_letter_refuses_a_malformed_email_and_shows_it_as_typed() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--email", "alex-at-example");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
        assertThat(result.err()).contains("'alex-at-example' is not an email address");
    }

    @Test
    void the_letter_refuses_a_language_optout_does_not_support() {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--lang", "ja");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--lang must be en, de, fr (GDPR), pt (LGPD, Brazil) or another of en, de, "
                + "fr, it, es, nl, pl, pt, bg").contains("(GDPR, written in English), not ja");
    }

    @ParameterizedTest
    @CsvSource({"it, Italian", "sv, Swedish", "el, Greek", "bg, Bulgarian"})
    void a_supported_language_without_a_letter_of_its_own_gets_the_english_gdpr_letter_and_one_line_saying_so(
            String language, String name) {
        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--lang", language);

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Objection under Article 21 GDPR").contains("Meta Platforms Ireland Limited");
        assertThat(result.err().strip()).isEqualTo("optout has no " + name + " (" + language + ") GDPR letter yet, "
                + "so this one is in English, which Meta Platforms Ireland's data protection officer reads");
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
    void a_language_the_law_of_the_country_has_no_letter_in_is_refused_or_written_in_english() {
        CliHarness.Result fromBrazil = cli.run("letter", "--platform", "facebook", "--country", "BR", "--lang", "en");
        CliHarness.Result fromPortugal = cli.run("letter", "--platform", "facebook", "--country", "PT", "--lang",
                "pt");

        assertThat(fromBrazil.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fromBrazil.err()).contains("the LGPD Art. 18 § 2 letter is written in pt, not en");
        assertThat(fromPortugal.exitCode()).as(fromPortugal.all()).isZero();
        assertThat(fromPortugal.err()).contains("optout has no Portuguese (pt) GDPR letter yet, so this one is in "
                + "English");
        assertThat(fromPortugal.out()).contains("Article 21 GDPR").doesNotContain("LGPD");
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
