package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.firefox.FirefoxOptions;

/**
 * Every session, launched or attached, has no implicit wait, the run's page-load timeout and a 30 s script timeout,
 * set in the new-session request rather than by commands of their own afterwards. Read back from the live driver.
 */
class SessionTimeoutsTest {

    private static final Duration PAGE_LOAD = Duration.ofSeconds(23);

    @TempDir
    Path dir;

    @Test
    void a_launched_chromium_session_starts_with_the_runs_timeouts() {
        BrowserSession session = ChromeLauncher.standard().launch(new LaunchSettings(dir.resolve("profile"), true,
                Optional.empty(), Optional.empty(), PAGE_LOAD));
        try {
            assertTimeouts(session.driver());
        } finally {
            session.close();
        }
    }

    @Test
    void an_attached_session_has_the_runs_timeouts_in_its_own_tab() {
        try (DebuggableChromium chromium = DebuggableChromium.start(dir.resolve("attached"))) {
            BrowserSession session = Browsers.attach(new AttachSettings(chromium.address(), Optional.empty(),
                    Optional.empty(), PAGE_LOAD));
            try {
                assertTimeouts(session.driver());
            } finally {
                session.close();
            }
        }
    }

    @Test
    void firefox_asks_for_the_same_timeouts_when_its_session_is_created() {
        FirefoxOptions options = FirefoxLauncher.options(Path.of("/usr/bin/firefox"), new LaunchSettings(
                dir.resolve("profile"), true, Optional.empty(), Optional.empty(), PAGE_LOAD,
                Optional.of(BrowserKind.FIREFOX)));

        assertThat(options.getCapability("timeouts"))
                .isEqualTo(Map.of("implicit", 0L, "pageLoad", PAGE_LOAD.toMillis(), "script", 30_000L));
    }

    private static void assertTimeouts(WebDriver driver) {
        WebDriver.Timeouts timeouts = driver.manage().timeouts();
        assertThat(timeouts.getImplicitWaitTimeout()).isEqualTo(Duration.ZERO);
        assertThat(timeouts.getPageLoadTimeout()).isEqualTo(PAGE_LOAD);
        assertThat(timeouts.getScriptTimeout()).isEqualTo(Timeouts.SCRIPT);
    }
}
