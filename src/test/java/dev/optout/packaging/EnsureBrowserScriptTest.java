package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/lib/ensure-browser.sh on fake machines: it installs on Debian as root, and otherwise says what to do. */
class EnsureBrowserScriptTest {

    static final Path SCRIPT = Path.of("scripts/lib/ensure-browser.sh").toAbsolutePath();
    private static final String NOTICE = "optout: no Chromium with chromedriver found; installing chromium and "
            + "chromium-driver with apt-get…";
    private static final int NO_USABLE_BROWSER = 6;

    @TempDir
    Path folder;

    private FakeMachine machine;

    @BeforeEach
    void fresh_machine() {
        machine = new FakeMachine(folder);
    }

    @Test
    void on_debian_as_root_it_installs_chromium_and_its_driver_after_a_one_line_notice() {
        machine.root().aptGet();

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err().lines().filter(line -> line.startsWith("optout:")))
                .containsExactly(NOTICE);
        assertThat(machine.aptGetCalls()).containsExactly(
                "DEBIAN_FRONTEND=noninteractive update -q",
                "DEBIAN_FRONTEND=noninteractive install -y -q --no-install-recommends chromium chromium-driver");
        assertThat(result.out()).as("standard output stays the tool's").isEmpty();
    }

    @Test
    void without_root_it_names_what_to_install_on_each_system_and_exits_6() {
        machine.user(1000).aptGet();

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).isEqualTo(NO_USABLE_BROWSER);
        assertThat(machine.aptGetCalls()).isEmpty();
        assertThat(result.err().lines()).hasSize(6)
                .first().isEqualTo("optout: missing Chrome or Chromium, and chromedriver, which optout needs to "
                        + "drive a browser; to install them:");
        assertThat(result.err())
                .contains("Debian/Ubuntu:      sudo apt-get install chromium chromium-driver")
                .contains("Fedora:             sudo dnf install chromium chromedriver")
                .contains("Arch:               sudo pacman -S chromium")
                .contains("macOS (Homebrew):   brew install --cask google-chrome chromedriver")
                .contains("Windows:            winget install Google.Chrome");
    }

    @Test
    void a_linux_without_apt_get_gets_the_list_even_as_root() {
        machine.root();

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).isEqualTo(NO_USABLE_BROWSER);
        assertThat(result.err()).contains("sudo dnf install chromium chromedriver").doesNotContain("installing");
    }

    @Test
    void on_a_mac_it_never_runs_apt_get() {
        machine.mac().root().aptGet();

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).isEqualTo(NO_USABLE_BROWSER);
        assertThat(machine.aptGetCalls()).isEmpty();
        assertThat(result.err()).contains("brew install --cask google-chrome chromedriver");
    }

    @Test
    void a_machine_with_chromium_and_chromedriver_is_left_alone_silently() {
        machine.root().aptGet().installed("chromium", "chromedriver");

        ProcessRun.Result result = machine.sh(SCRIPT, "--tests").run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.all()).isEmpty();
        assertThat(machine.aptGetCalls()).isEmpty();
    }

    @Test
    void only_the_missing_driver_is_named_when_chromium_is_there() {
        machine.installed("chromium");

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).isEqualTo(NO_USABLE_BROWSER);
        assertThat(result.err()).startsWith("optout: missing chromedriver, which");
    }

    @Test
    void chrome_without_a_driver_is_enough_for_optout_which_downloads_the_matching_driver() {
        machine.root().aptGet().installed("google-chrome");

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("downloads the one that matches your Chrome");
        assertThat(machine.aptGetCalls()).isEmpty();
    }

    @Test
    void the_tests_need_chromium_itself_so_chrome_alone_makes_it_install_chromium() {
        machine.root().aptGet().installed("google-chrome", "chromedriver");

        ProcessRun.Result result = machine.sh(SCRIPT, "--tests").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(machine.aptGetCalls()).hasSize(2);
        assertThat(machine.has("chromium")).isTrue();
    }

    @Test
    void a_failed_apt_get_ends_with_exit_6_and_a_sentence() {
        machine.root().failingAptGet();

        ProcessRun.Result result = machine.sh(SCRIPT).run();

        assertThat(result.exitCode()).isEqualTo(NO_USABLE_BROWSER);
        assertThat(result.err()).contains("E: Unable to locate package")
                .contains("optout: apt-get could not install chromium and chromium-driver");
    }
}
