package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browsers' own profiles are refused with the reason, per operating system; dedicated ones are not. */
class DefaultProfilesTest {

    @TempDir
    Path home;

    @Test
    void linux_chrome_chromium_and_edge_default_folders_are_refused_with_the_chrome_136_reason() {
        HostSystem linux = new HostSystem(OperatingSystem.LINUX, home, Map.of());

        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME, home.resolve(".config/google-chrome"), linux))
                .hasValueSatisfying(reason -> assertThat(reason).contains("136").contains("dedicated profile"));
        assertThat(DefaultProfiles.refusal(BrowserKind.CHROMIUM, home.resolve(".config/chromium/"), linux))
                .isPresent();
        assertThat(DefaultProfiles.refusal(BrowserKind.EDGE, home.resolve(".config/microsoft-edge"), linux))
                .isPresent();
    }

    @Test
    void linux_respects_xdg_config_home() {
        Path xdg = home.resolve("xdg");
        HostSystem linux = new HostSystem(OperatingSystem.LINUX, home, Map.of("XDG_CONFIG_HOME", xdg.toString()));

        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME, xdg.resolve("google-chrome"), linux)).isPresent();
        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME, home.resolve(".config/google-chrome"), linux))
                .isPresent();
    }

    @Test
    void macos_default_folders_are_refused_whatever_their_case() {
        HostSystem mac = new HostSystem(OperatingSystem.MAC, home, Map.of());

        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME,
                home.resolve("Library/Application Support/Google/Chrome"), mac)).isPresent();
        assertThat(DefaultProfiles.refusal(BrowserKind.EDGE,
                home.resolve("Library/Application Support/microsoft edge"), mac)).isPresent();
    }

    @Test
    void windows_user_data_folders_are_refused() {
        Path local = home.resolve("AppData/Local");
        HostSystem windows = new HostSystem(OperatingSystem.WINDOWS, home, Map.of("LOCALAPPDATA", local.toString()));

        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME, local.resolve("Google/Chrome/User Data"), windows))
                .isPresent();
        assertThat(DefaultProfiles.refusal(BrowserKind.EDGE, local.resolve("Microsoft/Edge/User Data"), windows))
                .isPresent();
        assertThat(DefaultProfiles.of(BrowserKind.CHROMIUM, windows))
                .containsExactly(local.resolve("Chromium").resolve("User Data"));
    }

    @Test
    void any_profile_inside_firefoxs_own_profiles_folder_is_refused_so_the_persons_profile_stays_unchanged() {
        HostSystem linux = new HostSystem(OperatingSystem.LINUX, home, Map.of());

        assertThat(DefaultProfiles.refusal(BrowserKind.FIREFOX, home.resolve(".mozilla/firefox/abcd.default-release"),
                linux)).hasValueSatisfying(reason -> assertThat(reason).contains("own Firefox profiles"));
    }

    @Test
    void a_dedicated_profile_or_a_folder_inside_a_chrome_default_is_not_refused() {
        HostSystem linux = new HostSystem(OperatingSystem.LINUX, home, Map.of());

        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME, home.resolve(".local/share/optout/profile"), linux))
                .isEmpty();
        assertThat(DefaultProfiles.refusal(BrowserKind.CHROME, home.resolve(".config/google-chrome-optout"), linux))
                .isEmpty();
    }
}
