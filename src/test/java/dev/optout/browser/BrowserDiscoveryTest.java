package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each browser is found where its installer puts it on Linux, macOS and Windows. */
class BrowserDiscoveryTest {

    @TempDir
    Path dir;

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private BrowserBinaries nothingOnThePath(HostSystem host) {
        return new BrowserBinaries(new ExecutableLookup(List.of(dir.resolve("empty-path"))), host);
    }

    @Test
    void on_windows_each_browser_is_found_under_program_files_or_local_app_data() throws Exception {
        Path programFiles = dir.resolve("Program Files");
        Path x86 = dir.resolve("Program Files (x86)");
        Path local = dir.resolve("Local");
        HostSystem windows = new HostSystem(OperatingSystem.WINDOWS, dir.resolve("home"), Map.of(
                "ProgramFiles", programFiles.toString(), "ProgramFiles(x86)", x86.toString(),
                "LOCALAPPDATA", local.toString()));
        Path chrome = executable(programFiles.resolve("Google/Chrome/Application/chrome.exe"));
        Path edge = executable(x86.resolve("Microsoft/Edge/Application/msedge.exe"));
        Path chromium = executable(local.resolve("Chromium/Application/chrome.exe"));
        Path firefox = executable(programFiles.resolve("Mozilla Firefox/firefox.exe"));
        BrowserBinaries binaries = nothingOnThePath(windows);

        assertThat(binaries.find(BrowserKind.CHROME)).contains(chrome);
        assertThat(binaries.find(BrowserKind.EDGE)).contains(edge);
        assertThat(binaries.find(BrowserKind.CHROMIUM)).contains(chromium);
        assertThat(binaries.find(BrowserKind.FIREFOX)).contains(firefox);
    }

    @Test
    void on_macos_browsers_are_found_in_the_users_applications_folder_too() throws Exception {
        Path home = dir.resolve("home");
        HostSystem mac = new HostSystem(OperatingSystem.MAC, home, Map.of());
        Path edge = executable(home.resolve("Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"));
        Path firefox = executable(home.resolve("Applications/Firefox.app/Contents/MacOS/firefox"));

        assertThat(nothingOnThePath(mac).find(BrowserKind.EDGE)).contains(edge);
        assertThat(nothingOnThePath(mac).find(BrowserKind.FIREFOX)).contains(firefox);
        assertThat(BrowserBinaries.places(BrowserKind.CHROME, mac))
                .contains(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
    }

    @Test
    void on_linux_browsers_are_found_on_the_path_by_their_package_names() throws Exception {
        Path bin = dir.resolve("bin");
        Path edge = executable(bin.resolve("microsoft-edge-stable"));
        Path firefox = executable(bin.resolve("firefox-esr"));
        Path chromium = executable(bin.resolve("chromium-browser"));
        BrowserBinaries binaries = new BrowserBinaries(new ExecutableLookup(List.of(bin)),
                new HostSystem(OperatingSystem.LINUX, dir, Map.of()));

        assertThat(binaries.find(BrowserKind.EDGE)).contains(edge);
        assertThat(binaries.find(BrowserKind.FIREFOX)).contains(firefox);
        assertThat(binaries.preferred()).contains(new BrowserBinaries.Located(BrowserKind.CHROMIUM, chromium));
        assertThat(BrowserBinaries.places(BrowserKind.EDGE, new HostSystem(OperatingSystem.LINUX, dir, Map.of())))
                .containsExactly(Path.of("/opt/microsoft/msedge/msedge"));
    }

    @Test
    void chrome_is_preferred_over_chromium_when_both_are_installed() throws Exception {
        Path bin = dir.resolve("bin");
        executable(bin.resolve("chromium"));
        Path chrome = executable(bin.resolve("google-chrome"));
        BrowserBinaries binaries = new BrowserBinaries(new ExecutableLookup(List.of(bin)),
                new HostSystem(OperatingSystem.LINUX, dir, Map.of()));

        assertThat(binaries.preferred()).contains(new BrowserBinaries.Located(BrowserKind.CHROME, chrome));
    }

    @Test
    void browser_names_parse_case_insensitively_and_unknown_ones_do_not() {
        assertThat(BrowserKind.parse("Edge")).contains(BrowserKind.EDGE);
        assertThat(BrowserKind.parse("safari")).isEmpty();
        assertThat(BrowserKind.ids()).isEqualTo("chrome, chromium, edge, firefox");
        assertThat(BrowserKind.EDGE.driver()).isEqualTo(DriverKind.MSEDGEDRIVER);
        assertThat(BrowserKind.FIREFOX.chromiumBased()).isFalse();
    }
}
