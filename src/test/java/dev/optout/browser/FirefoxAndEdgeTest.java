package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chromium.ChromiumOptions;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxOptions;

/**
 * Firefox and Edge cannot be driven on the CI machine (no geckodriver, no msedgedriver): everything up to starting
 * the driver is checked here.
 */
class FirefoxAndEdgeTest {

    @TempDir
    Path dir;

    private LaunchSettings settings(boolean headless, BrowserKind kind) {
        return new LaunchSettings(dir.resolve("profile"), headless, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30), Optional.of(kind));
    }

    private Path executable(String name) throws Exception {
        Path file = Files.createDirectories(dir.resolve("bin-" + name)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    @Test
    void firefox_uses_the_dedicated_profile_in_place_with_dash_profile_and_never_a_temporary_copy() {
        FirefoxOptions options = FirefoxLauncher.options(Path.of("/usr/bin/firefox"), settings(true,
                BrowserKind.FIREFOX));

        @SuppressWarnings("unchecked")
        Map<String, Object> moz = (Map<String, Object>) options.asMap().get(FirefoxOptions.FIREFOX_OPTIONS);
        assertThat(moz.get("binary")).isEqualTo("/usr/bin/firefox");
        assertThat((List<Object>) moz.get("args")).containsSubsequence("-profile",
                dir.resolve("profile").toAbsolutePath().toString()).contains("-headless");
        assertThat(moz).doesNotContainKey("profile");
        assertThat(options.getCapability("unhandledPromptBehavior")).hasToString(UnexpectedAlertBehaviour.IGNORE
                .toString());
    }

    @Test
    void firefox_with_a_window_gets_no_headless_flag() {
        assertThat(FirefoxLauncher.arguments(settings(false, BrowserKind.FIREFOX))).doesNotContain("-headless");
    }

    @Test
    void geckodriver_is_told_the_marionette_port_because_it_cannot_read_it_from_a_given_profile() {
        FirefoxLauncher.MarionettePortBuilder builder = new FirefoxLauncher.MarionettePortBuilder(42424);
        builder.usingPort(4444);

        assertThat(builder.arguments()).containsSubsequence("--marionette-port", "42424");
    }

    @Test
    void edge_gets_chromiums_options_as_edge_options_with_the_same_arguments() {
        ChromeLauncher launcher = new ChromeLauncher(new BrowserBinaries(new ExecutableLookup(List.of())));
        ChromiumOptions<?> options = launcher.options(Path.of("/opt/microsoft/msedge/msedge"), settings(true,
                BrowserKind.EDGE), BrowserKind.EDGE);

        assertThat(options).isInstanceOf(EdgeOptions.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> ms = (Map<String, Object>) options.asMap().get(EdgeOptions.CAPABILITY);
        assertThat(ms.get("binary")).isEqualTo("/opt/microsoft/msedge/msedge");
        assertThat((List<Object>) ms.get("args")).contains("--headless=new",
                "--user-data-dir=" + dir.resolve("profile").toAbsolutePath());
    }

    @Test
    void each_browser_resolves_its_own_driver_explicit_first_then_the_path_and_never_downloads_when_one_is_found()
            throws Exception {
        Path gecko = executable("geckodriver");
        Path edgeExplicit = executable("msedgedriver");
        ExecutableLookup path = new ExecutableLookup(List.of(gecko.getParent(), edgeExplicit.getParent()));

        assertThat(new DriverResolver(DriverKind.GECKODRIVER, Optional.empty(), path, () -> {
            throw new AssertionError("must not download");
        }, Duration.ofSeconds(1)).resolve()).isEqualTo(gecko);
        assertThat(new DriverResolver(DriverKind.MSEDGEDRIVER, Optional.of(edgeExplicit),
                new ExecutableLookup(List.of()), () -> dir, Duration.ofSeconds(1)).resolve()).isEqualTo(edgeExplicit);
    }

    @Test
    void a_missing_driver_is_named_with_how_to_install_it() {
        assertThatThrownBy(() -> new DriverResolver(DriverKind.GECKODRIVER, Optional.empty(),
                new ExecutableLookup(List.of()), () -> {
                    throw new IllegalStateException("offline");
                }, Duration.ofSeconds(5)).resolve())
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("no geckodriver on the PATH").hasMessageContaining("offline")
                .hasMessageContaining("install geckodriver").hasMessageContaining("--driver PATH");
        assertThatThrownBy(() -> new DriverResolver(DriverKind.MSEDGEDRIVER, Optional.of(dir.resolve("nope")),
                new ExecutableLookup(List.of()), () -> dir, Duration.ofSeconds(1)).resolve())
                .hasMessageContaining("msedgedriver not found at");
    }

    @Test
    void without_firefox_installed_the_launch_fails_with_one_sentence_before_any_driver_is_looked_for() {
        FirefoxLauncher launcher = new FirefoxLauncher(new BrowserBinaries(new ExecutableLookup(List.of()),
                new HostSystem(OperatingSystem.LINUX, dir, Map.of())), ProfileGuard.standard());

        assertThatThrownBy(() -> launcher.launch(settings(true, BrowserKind.FIREFOX)))
                .isInstanceOf(BrowserUnavailableException.class).hasMessageStartingWith("no Firefox found");
    }

    @Test
    void without_edge_installed_the_launch_names_edge() {
        ChromeLauncher launcher = new ChromeLauncher(new BrowserBinaries(new ExecutableLookup(List.of()),
                new HostSystem(OperatingSystem.LINUX, dir, Map.of())));

        assertThatThrownBy(() -> launcher.launch(settings(true, BrowserKind.EDGE)))
                .isInstanceOf(BrowserUnavailableException.class).hasMessageStartingWith("no Microsoft Edge found");
    }
}
