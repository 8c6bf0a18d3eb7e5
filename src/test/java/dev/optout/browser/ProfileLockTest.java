package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's lock tells whether a live browser holds it; a stale lock does not stop a run. */
class ProfileLockTest {

    @TempDir
    Path profile;

    private static final ProfileLock ONLY_PID_42_ALIVE = new ProfileLock("myhost", pid -> pid == 42);

    @Test
    void a_chromium_singleton_lock_of_a_live_process_on_this_computer_holds_the_profile() throws Exception {
        Files.createSymbolicLink(profile.resolve("SingletonLock"), Path.of("myhost-42"));

        assertThat(ONLY_PID_42_ALIVE.holder(BrowserKind.CHROMIUM, profile)).contains("a browser (process 42)");
    }

    @Test
    void a_lock_left_by_a_process_that_is_gone_is_stale_and_ignored() throws Exception {
        Files.createSymbolicLink(profile.resolve("SingletonLock"), Path.of("myhost-7"));

        assertThat(ONLY_PID_42_ALIVE.holder(BrowserKind.CHROME, profile)).isEmpty();
    }

    @Test
    void a_lock_from_another_computer_cannot_be_checked_and_counts_as_held() throws Exception {
        Files.createSymbolicLink(profile.resolve("SingletonLock"), Path.of("laptop.local-7"));

        assertThat(ONLY_PID_42_ALIVE.holder(BrowserKind.EDGE, profile)).hasValueSatisfying(holder ->
                assertThat(holder).contains("laptop.local"));
    }

    @Test
    void firefoxs_lock_link_names_its_process_after_a_plus() throws Exception {
        Files.createSymbolicLink(profile.resolve("lock"), Path.of("127.0.1.1:+42"));

        assertThat(ONLY_PID_42_ALIVE.holder(BrowserKind.FIREFOX, profile)).contains("Firefox (process 42)");
    }

    @Test
    void no_lock_means_free() {
        assertThat(ONLY_PID_42_ALIVE.holder(BrowserKind.CHROMIUM, profile)).isEmpty();
        assertThat(ONLY_PID_42_ALIVE.holder(BrowserKind.FIREFOX, profile)).isEmpty();
    }

    @Test
    void the_guard_says_close_that_browser_or_attach_to_it() throws Exception {
        Files.createSymbolicLink(profile.resolve("SingletonLock"), Path.of("myhost-42"));
        ProfileGuard guard = new ProfileGuard(new HostSystem(OperatingSystem.LINUX, profile.resolve("home"), Map.of()),
                ONLY_PID_42_ALIVE);

        assertThatThrownBy(() -> guard.check(BrowserKind.CHROMIUM, profile))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("already open in a browser (process 42)")
                .hasMessageContaining("close that browser or attach to it");
    }
}
