package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interrupts:} and {@code errors:} of packs and libraries. */
class OverlayTest {

    /** 15 lines; uses meta-common, whose cookie interrupt and failure message it takes in. */
    static final String PACK = """
            format: 1
            id: tiny
            title: Tiny
            origins: [https://www.facebook.com]
            uses: [meta-common]
            targets:
              survey:
                - testid: survey-dialog
                - text: Tell us what you think
              close-survey:
                - role: button
                  name: Not now
                - text: Not now
            steps:
              - open: https://www.facebook.com/form
            """;

    static final String FILE = "tiny.yaml";

    @TempDir
    Path userFolder;

    private final PackLoader loader = new PackLoader();

    private Pack load(String yaml) {
        return loader.load(FILE, yaml, PackRepository.bundledOnly());
    }

    private PackError onlyError(String yaml) {
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class,
                () -> load(yaml));
        assertThat(e.errors()).as(e.getMessage()).hasSize(1);
        return e.errors().get(0);
    }

    private static PackError error(int line, int column, String message) {
        return new PackError(FILE, line, column, OptionalInt.empty(), Optional.empty(), message);
    }

    @Test
    void meta_common_declares_the_cookie_dialog_as_an_interrupt_and_the_failure_message_as_an_error() {
        Library common = PackRepository.bundledOnly().library("meta-common").orElseThrow();

        assertThat(common.interrupts()).containsExactly(Interrupt.click("cookie-dialog", "decline-cookies"));
        assertThat(common.errorTargets()).containsExactly("send-failed");
        Target failed = common.targets().get("send-failed");
        // No "any alert": real pages render alert regions empty from the start; an error in other words is judged
        // as a new alert after the click.
        assertThat(failed.locators()).extracting(Locator::kind).containsExactly(LocatorKind.ROLE, LocatorKind.TEXT);
        assertThat(failed.locators().get(0).role()).contains("alert");
        assertThat(failed.locators().get(1).value().byLanguage()).containsOnlyKeys("en", "de", "fr", "it", "es", "nl",
                "pl", "pt").containsEntry("en", "Something went wrong. Please try again later.");
    }

    @Test
    void a_pack_takes_in_the_interrupts_and_error_targets_of_its_libraries() {
        Pack pack = load(PACK);

        assertThat(pack.interrupts()).containsExactly(Interrupt.click("cookie-dialog", "decline-cookies"));
        assertThat(pack.errorTargets()).containsExactly("send-failed");
    }

    @Test
    void a_pack_s_own_come_first_and_nothing_comes_twice() {
        Pack pack = load(PACK + """
                interrupts:
                  - when: survey
                    click: close-survey
                  - when: cookie-dialog
                    click: decline-cookies
                  - when: survey
                    press: Escape
                errors: [send-failed, survey]
                """);

        assertThat(pack.interrupts()).containsExactly(Interrupt.click("survey", "close-survey"),
                Interrupt.click("cookie-dialog", "decline-cookies"), Interrupt.press("survey", "Escape"));
        assertThat(pack.errorTargets()).containsExactly("send-failed", "survey");
        assertThat(pack.interrupts().get(2).targets()).containsExactly("survey");
    }

    @Test
    void the_interrupts_of_an_included_pack_join_without_duplicates() throws IOException {
        Files.writeString(userFolder.resolve("tiny.yaml"), PACK + "interrupts: [{when: survey, click: close-survey}]\n");
        String path = """
                format: 1
                id: path
                title: Path
                origins: [https://www.facebook.com]
                uses: [meta-common]
                steps:
                  - open: https://www.facebook.com/start
                  - include: tiny
                """;
        Pack pack = loader.load("path.yaml", path, new PackRepository(loader, Optional.of(userFolder)));

        assertThat(pack.interrupts()).containsExactly(Interrupt.click("cookie-dialog", "decline-cookies"),
                Interrupt.click("survey", "close-survey"));
        assertThat(pack.errorTargets()).containsExactly("send-failed");
    }

    @Test
    void an_interrupt_with_both_actions_or_none_is_refused() {
        assertThat(onlyError(PACK + "interrupts: [{when: survey, click: close-survey, press: Escape}]\n"))
                .isEqualTo(error(16, 14, "an interrupt does one thing: give it click or press, not both"));
        assertThat(onlyError(PACK + "interrupts:\n  - when: survey\n"))
                .isEqualTo(error(17, 5, "an interrupt needs what dismisses the overlay: click: TARGET or press: KEY"));
    }

    @Test
    void an_interrupt_or_error_naming_an_undefined_target_is_refused() {
        assertThat(onlyError(PACK + "interrupts: [{when: survy, click: close-survey}]\n")).isEqualTo(error(16, 21,
                "target 'survy' is not defined; did you mean 'survey'? (defined: close-survey, cookie-dialog, "
                        + "decline-cookies, login-wall, send-failed, survey)"));
        assertThat(onlyError(PACK + "errors: [sent-failed]\n").message())
                .startsWith("target 'sent-failed' is not defined; did you mean 'send-failed'?");
    }

    @Test
    void an_interrupt_takes_no_other_key() {
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class,
                () -> load(PACK + "interrupts: [{when: survey, tap: close-survey}]\n"));
        assertThat(e.errors()).contains(error(16, 29, "unknown key 'tap' (known: when, click, press)"));
    }

    @Test
    void a_library_s_interrupts_and_errors_name_its_own_targets() {
        String library = """
                format: 1
                library: mine
                description: Mine.
                targets:
                  survey:
                    - testid: survey-dialog
                interrupts: [{when: survey, click: close}]
                errors: [failed]
                """;
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class,
                () -> loader.loadLibrary("lib.yaml", library));
        assertThat(e.errors()).extracting(PackError::toLine).containsExactly(
                "lib.yaml:7:36: target 'close' is not defined in this library (defined: survey)",
                "lib.yaml:8:10: target 'failed' is not defined in this library (defined: survey)");
    }
}
