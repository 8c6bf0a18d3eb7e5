package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.browser.BrowserBinaries;
import dev.optout.browser.BrowserKind;
import dev.optout.browser.ExecutableLookup;
import dev.optout.browser.HostSystem;
import dev.optout.browser.OperatingSystem;
import dev.optout.browser.ProfileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor's lines on a computer without browsers, and for profiles that cannot work. */
class DoctorTest {

    @TempDir
    Path home;

    private Doctor doctorWithoutBrowsers() {
        HostSystem host = new HostSystem(OperatingSystem.LINUX, home, Map.of());
        return new Doctor(new BrowserBinaries(new ExecutableLookup(List.of()), host), host,
                new ProfileLock("myhost", pid -> pid == 42));
    }

    @Test
    void without_chrome_or_chromium_the_doctor_fails_with_how_to_install_one() {
        Doctor doctor = doctorWithoutBrowsers();

        List<DoctorCheck> checks = doctor.browserChecks(doctor.browsers(), Optional.empty());

        assertThat(checks).extracting(DoctorCheck::line).anySatisfy(line -> assertThat(line)
                .startsWith("fail  no Chrome or Chromium found — install one"));
    }

    @Test
    void a_default_profile_fails_and_a_locked_one_fails_unless_attaching() throws Exception {
        Doctor doctor = doctorWithoutBrowsers();
        Path locked = Files.createDirectories(home.resolve("locked"));
        Files.createSymbolicLink(locked.resolve("SingletonLock"), Path.of("myhost-42"));

        assertThat(doctor.profile(BrowserKind.CHROME, home.resolve(".config/google-chrome"), false).line())
                .startsWith("fail  profile").contains("136");
        assertThat(doctor.profile(BrowserKind.CHROMIUM, locked, false).line()).startsWith("fail")
                .contains("close that browser or attach to it");
        assertThat(doctor.profile(BrowserKind.CHROMIUM, locked, true).line()).startsWith("warn");
        assertThat(doctor.profile(BrowserKind.CHROMIUM, home.resolve("new"), false).line()).startsWith("ok")
                .contains("not created yet");
    }
}
