package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A browser that does not start says chromedriver's own reason, and speaks of versions only when that is it. */
class DriverStartReasonTest {

    @Test
    void the_reason_is_chromedriver_s_own_words_without_selenium_s_preamble() {
        String reason = ChromeLauncher.driverReason("Could not start a new session. Response code 500. Message: "
                + "session not created: Chrome instance exited. Examine ChromeDriver verbose log to determine the "
                + "cause. ");

        assertThat(reason).isEqualTo("session not created: Chrome instance exited. Examine ChromeDriver verbose "
                + "log to determine the cause.").doesNotContain("major versions");
    }

    @Test
    void a_version_mismatch_says_the_versions_must_match() {
        String reason = ChromeLauncher.driverReason("Could not start a new session. Response code 500. Message: "
                + "session not created: This version of ChromeDriver only supports Chrome version 114");

        assertThat(reason).startsWith("session not created: This version of ChromeDriver only supports Chrome "
                + "version 114").contains("their major versions must match: optout doctor");
    }
}
