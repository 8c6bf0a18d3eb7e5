package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attaching to a Chromium the test started with a debugging port: the tool's tab goes, the browser stays. */
class AttachTest {

    @TempDir
    Path profile;

    private DebuggableChromium chromium;

    @BeforeEach
    void start() {
        chromium = DebuggableChromium.start(profile);
    }

    @AfterEach
    void stop() {
        chromium.close();
    }

    private BrowserSession attach() {
        return Browsers.attach(new AttachSettings(chromium.address(), Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30)));
    }

    @Test
    void the_tool_works_in_a_new_tab_and_closing_leaves_the_browser_and_the_persons_tab_running() {
        BrowserSession session = attach();
        session.page().open("data:text/html,<title>tool</title>the tool's tab");

        assertThat(session.attached()).isTrue();
        assertThat(chromium.tabUrls()).hasSize(2).contains(DebuggableChromium.PERSONS_TAB);

        session.close();

        assertThat(chromium.alive()).isTrue();
        assertThat(chromium.tabUrls()).containsExactly(DebuggableChromium.PERSONS_TAB);
        assertThat(new DevTools(chromium.address()).version()).isPresent();
    }

    @Test
    void quit_on_an_attached_session_ends_only_chromedrivers_connection() {
        BrowserSession session = attach();
        session.driver().quit();

        DebuggableChromium.pause(Duration.ofMillis(500));
        assertThat(chromium.alive()).isTrue();
        assertThat(chromium.tabUrls()).contains(DebuggableChromium.PERSONS_TAB);
        session.close();
        assertThat(chromium.alive()).isTrue();
    }

    @Test
    void when_the_tools_tab_is_the_last_one_it_is_emptied_but_not_closed_so_the_browser_keeps_running() {
        BrowserSession session = attach();
        String persons = session.driver().getWindowHandles().stream()
                .filter(handle -> !handle.equals(session.driver().getWindowHandle())).findFirst().orElseThrow();
        String own = session.driver().getWindowHandle();
        session.driver().switchTo().window(persons).close();
        session.driver().switchTo().window(own);

        session.close();

        assertThat(chromium.alive()).isTrue();
        assertThat(chromium.tabUrls()).containsExactly("about:blank");
    }

    @Test
    void closing_after_the_browser_died_neither_hangs_nor_throws() {
        BrowserSession session = attach();
        chromium.kill();

        Instant start = Instant.now();
        session.close();

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void nothing_listening_on_the_port_fails_within_seconds_with_the_fix() {
        DebuggingAddress nobody = DebuggingAddress.loopback(DebuggableChromium.freePort());
        Instant start = Instant.now();

        assertThatThrownBy(() -> Browsers.attach(new AttachSettings(nobody, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30))))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("no browser answers on " + nobody)
                .hasMessageContaining("optout browser start --port " + nobody.port());
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_profile_open_in_a_running_browser_is_refused_before_any_driver_starts() {
        assertThatThrownBy(() -> ChromeLauncher.standard().launch(new LaunchSettings(profile, true, Optional.empty(),
                Optional.empty(), Duration.ofSeconds(30))))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("is already open in a browser (process")
                .hasMessageContaining("close that browser or attach to it");
    }
}
