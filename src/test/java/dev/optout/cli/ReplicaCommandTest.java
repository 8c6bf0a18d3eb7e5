package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.optout.replica.CookieDialogTiming;
import dev.optout.replica.CountryWidget;
import dev.optout.replica.FormVersion;
import dev.optout.replica.Markup;
import dev.optout.replica.OptionValues;
import dev.optout.replica.Scenario;
import dev.optout.replica.SendFault;
import dev.optout.replica.TypingNavigation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code optout replica}'s flags become the replica's scenario; a wrong value ends it before any server starts. */
class ReplicaCommandTest {

    @TempDir
    Path home;

    @Test
    void without_flags_the_scenario_is_the_default_one() {
        assertThat(scenarioOf().toString()).isEqualTo(new Scenario().toString());
    }

    @Test
    void every_flag_sets_its_knob() {
        Scenario scenario = scenarioOf("--locale", "pt", "--form", "2024", "--login-wall", "--no-cookie-dialog",
                "--cookie-dialog-at", "after-ms", "--cookie-dialog-delay", "800", "--country-widget", "typeahead",
                "--option-values", "id", "--ai-gate", "--overlay-over-send", "--slow-response", "90000",
                "--send-fault", "meta-error", "--links-in-new-tab", "--navigate-while-typing",
                "http://localhost:4000/", "--after-keystrokes", "25", "--redirect-to", "http://localhost:4000/x",
                "--nameless-dialogs", "--off-meta-2026", "--privacy-requests-2026", "--reworded-labels",
                "--timestamps", "--markup", "react", "--noise", "9007199254740993", "--extra-required-field",
                "--second-confirmation", "--reworded-confirmation");

        assertThat(scenario.language()).isEqualTo("pt");
        assertThat(scenario.formVersion()).isEqualTo(FormVersion.V2024);
        assertThat(scenario.loginRequired()).isTrue();
        assertThat(scenario.cookieDialog()).isFalse();
        assertThat(scenario.cookieDialogAt()).isEqualTo(CookieDialogTiming.AFTER_MS);
        assertThat(scenario.cookieDialogDelayMs()).isEqualTo(800);
        assertThat(scenario.countryWidget()).isEqualTo(CountryWidget.TYPEAHEAD);
        assertThat(scenario.optionValues()).isEqualTo(OptionValues.ID);
        assertThat(scenario.aiGate()).isTrue();
        assertThat(scenario.overlayOverSend()).isTrue();
        assertThat(scenario.slowResponseMs()).isEqualTo(90000);
        assertThat(scenario.sendFault()).isEqualTo(SendFault.META_ERROR);
        assertThat(scenario.linksInNewTab()).isTrue();
        assertThat(scenario.navigateWhileTyping()).isEqualTo(new TypingNavigation("http://localhost:4000/", 25, null));
        assertThat(scenario.redirectTo()).isEqualTo("http://localhost:4000/x");
        assertThat(scenario.namelessDialogs()).isTrue();
        assertThat(scenario.offMetaActivity2026()).isTrue();
        assertThat(scenario.privacyRequests2026()).isTrue();
        assertThat(scenario.rewordedLabels()).isTrue();
        assertThat(scenario.timestamps()).isTrue();
        assertThat(scenario.markup()).isEqualTo(Markup.REACT);
        assertThat(scenario.noise()).isEqualTo(9007199254740993L);
        assertThat(scenario.extraRequiredField()).isTrue();
        assertThat(scenario.secondConfirmation()).isTrue();
        assertThat(scenario.rewordedConfirmation()).isTrue();
    }

    @Test
    void the_flags_around_the_send_set_their_knobs_and_the_short_names_are_aliases() {
        Scenario scenario = scenarioOf("--extra-required", "--extra-required-unmarked", "--confirm-email",
                "--security-check", "--second-confirm");

        assertThat(scenario.extraRequiredField()).isTrue();
        assertThat(scenario.extraRequiredUnmarked()).isTrue();
        assertThat(scenario.confirmEmail()).isTrue();
        assertThat(scenario.securityCheck()).isTrue();
        assertThat(scenario.secondConfirmation()).isTrue();
        Scenario none = scenarioOf();
        assertThat(none.extraRequiredUnmarked()).isFalse();
        assertThat(none.confirmEmail()).isFalse();
        assertThat(none.securityCheck()).isFalse();
    }

    @Test
    void without_the_new_flags_the_markup_is_native_and_there_is_no_noise() {
        Scenario scenario = scenarioOf();

        assertThat(scenario.markup()).isEqualTo(Markup.NATIVE);
        assertThat(scenario.noise()).isNull();
        assertThat(scenario.extraRequiredField()).isFalse();
        assertThat(scenario.secondConfirmation()).isFalse();
        assertThat(scenario.rewordedConfirmation()).isFalse();
    }

    @Test
    void a_noise_seed_that_is_not_a_whole_number_is_a_usage_error() {
        CliHarness.Result result = new CliHarness(home).run("replica", "--noise", "loud");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--noise", "loud");
        assertThat(result.out()).doesNotContain("Replica of Meta's pages on");
    }

    @ParameterizedTest
    @CsvSource({
            "--country-widget, dropdown, '--country-widget must be one of select, typeahead, listbox, radiogroup, select-only, select-only-virtual, not dropdown'",
            "--send-fault, HTTP_500, '--send-fault must be one of none, http-500, connection-closed, connection-refused, meta-error, not HTTP_500'",
            "--cookie-dialog-at, later, '--cookie-dialog-at must be one of arrival, after-first-input, after-ms, not later'",
            "--locale, ja, '--locale must be one of en, de, fr, it, es, nl, pl, pt, bg, cs, da, el, et, fi, ga, hr, hu, is, lt, lv, mt, no, ro, sk, sl, sv, rm'",
            "--slow-response, -5, '--slow-response must not be negative, not -5'",
            "--navigate-while-typing, evil.test, '--navigate-while-typing must be an http:// or https:// address, not evil.test'",
            "--redirect-to, javascript:alert(1), '--redirect-to must be an http:// or https:// address, not javascript:alert(1)'",
            "--markup, aria, '--markup must be one of native, react, not aria'"
    })
    void a_wrong_value_is_a_one_line_usage_error_before_anything_starts(String flag, String value, String message) {
        CliHarness.Result result = new CliHarness(home).run("replica", flag, value);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).endsWith(message).doesNotContain("\n");
        assertThat(result.out()).doesNotContain("Replica of Meta's pages on");
    }

    @ParameterizedTest
    @CsvSource({"sv", "el", "bg", "rm", "no"})
    void the_locale_takes_every_official_language_of_the_eu_the_eea_and_switzerland(String language) {
        assertThat(scenarioOf("--locale", language).language()).isEqualTo(language);
    }

    @Test
    void the_select_only_widgets_are_knobs() {
        assertThat(scenarioOf("--country-widget", "select-only").countryWidget()).isEqualTo(CountryWidget.SELECT_ONLY);
        assertThat(scenarioOf("--country-widget", "select-only-virtual").countryWidget())
                .isEqualTo(CountryWidget.SELECT_ONLY_VIRTUAL);
    }

    @Test
    void navigating_after_no_keystroke_is_refused() {
        assertThatThrownBy(() -> scenarioOf("--navigate-while-typing", "http://localhost:1/", "--after-keystrokes",
                "0")).isInstanceOf(UserError.class).hasMessage("--after-keystrokes must be at least 1, not 0");
    }

    @Test
    void the_help_lists_every_knob() {
        CliHarness.Result result = new CliHarness(home).run("replica", "--help");

        assertThat(result.out()).contains("--country-widget", "--ai-gate", "--cookie-dialog-at", "--overlay-over-send",
                "--slow-response", "--send-fault", "--links-in-new-tab", "--navigate-while-typing", "--redirect-to",
                "--nameless-dialogs", "--off-meta-2026", "--privacy-requests-2026", "--reworded-labels",
                "--timestamps", "--markup", "--noise", "--extra-required-field", "--second-confirmation",
                "--reworded-confirmation", "--extra-required-unmarked", "--confirm-email", "--security-check",
                "Language of the pages: en, de, fr, it, es, nl, pl,");
    }

    @Test
    void the_field_limit_flags_make_the_email_read_only_and_limit_the_reason() {
        Scenario scenario = scenarioOf("--readonly-email", "--maxlength", "500");

        assertThat(scenario.readonlyEmail()).isTrue();
        assertThat(scenario.reasonMaxLength()).isEqualTo(500);
        assertThat(scenarioOf().readonlyEmail()).isFalse();
        assertThat(scenarioOf().reasonMaxLength()).isZero();
        assertThat(new CliHarness(home).run("replica", "--help").out()).contains("--readonly-email", "--maxlength");
    }

    @Test
    void a_negative_maxlength_is_a_usage_error() {
        CliHarness.Result result = new CliHarness(home).run("replica", "--maxlength", "-1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).endsWith("--maxlength must not be negative, not -1");
    }

    private static Scenario scenarioOf(String... args) {
        ReplicaCommand command = new ReplicaCommand();
        new CommandLine(command).parseArgs(args);
        return command.scenario();
    }
}
