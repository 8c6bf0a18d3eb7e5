package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * scripts/optout asks scripts/lib/ensure-browser.sh for a browser only before the commands that start one. It runs
 * from a copy of the scripts beside a built jar, on a fake Debian machine as root whose {@code java} only records
 * its arguments: an apt-get call shows the browser check ran. Its jar has a start-up archive made after it, unless
 * a test removes it.
 */
class OptoutScriptTest {

    private static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final String QUIET_CDS = "-Xlog:cds=off -Xlog:cds+dynamic=off";

    @TempDir
    Path folder;

    private FakeMachine machine;
    private Path launcher;

    @BeforeEach
    void a_checkout_with_a_built_jar_on_a_fresh_debian() throws Exception {
        Path checkout = folder.resolve("checkout");
        Files.createDirectories(checkout.resolve("scripts/lib"));
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/optout.jar"), "");
        Files.writeString(checkout.resolve("target/optout.jsa"), "");
        Files.setLastModifiedTime(checkout.resolve("target/optout.jar"), FileTime.fromMillis(1_000_000_000_000L));
        Path classes = Files.createDirectories(checkout.resolve("src/main/cds")).resolve("optout.classlist");
        Files.writeString(classes, "java/lang/Object\n");
        Files.setLastModifiedTime(classes, FileTime.fromMillis(1_000_000_000_000L));
        launcher = Files.copy(Path.of("scripts/optout"), checkout.resolve("scripts/optout"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(EnsureBrowserScriptTest.SCRIPT, checkout.resolve("scripts/lib/ensure-browser.sh"),
                StandardCopyOption.COPY_ATTRIBUTES);
        machine = new FakeMachine(folder.resolve("machine")).root().aptGet().installed("java")
                .real("dirname", "find", "head", "mktemp", "mv", "rm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "list", "plan facebook-objection", "validate",
        "letter --platform facebook --lang en", "run --help", "demo -h", "browser --help",
        "run facebook-objection --attach 127.0.0.1:9222", "demo --browser firefox", "run x --browser=edge"})
    void commands_that_start_no_browser_here_run_without_the_check(String arguments) {
        ProcessRun.Result result = machine.sh(launcher, arguments.split(" ")).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(machine.aptGetCalls()).isEmpty();
        assertThat(machine.ran()).containsExactly("java " + QUICK_START + " -XX:SharedArchiveFile=" + target()
                .resolve("optout.jsa") + " " + QUIET_CDS + " -jar " + target().resolve("optout.jar") + " " + arguments);
    }

    @Test
    void without_a_start_up_archive_newer_than_the_jar_one_is_made_first_from_the_recorded_class_list()
            throws Exception {
        Files.setLastModifiedTime(target().resolve("optout.jsa"), FileTime.fromMillis(999_000_000_000L));

        ProcessRun.Result result = machine.sh(launcher, "list").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("optout: making its start-up archive (once after each build)");
        assertThat(machine.ran()).hasSize(2);
        assertThat(machine.ran().get(0)).isEqualTo("java -Xshare:dump -XX:SharedClassListFile=" + classList()
                + " -XX:SharedArchiveFile=" + target().resolve("optout.jsa.tmp") + " " + QUIET_CDS + " -cp "
                + target().resolve("optout.jar"));
        // This machine's java writes no archive: the stale one is removed, and the command runs without one.
        assertThat(machine.ran().get(1)).isEqualTo("java " + QUICK_START + " -jar " + target().resolve("optout.jar")
                + " list");
        assertThat(target().resolve("optout.jsa")).doesNotExist();
    }

    @Test
    void a_class_list_newer_than_the_archive_makes_it_again_and_without_one_none_is_made() throws Exception {
        Files.setLastModifiedTime(classList(), FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        ProcessRun.Result newer = machine.sh(launcher, "list").run();

        assertThat(newer.err()).contains("optout: making its start-up archive (once after each build)");
        assertThat(machine.ran().get(0)).startsWith("java -Xshare:dump ");

        Files.delete(classList());
        ProcessRun.Result without = machine.sh(launcher, "list").run();

        assertThat(without.exitCode()).as(without.toString()).isZero();
        assertThat(without.err()).doesNotContain("start-up archive");
        assertThat(machine.ran().get(machine.ran().size() - 1)).isEqualTo("java " + QUICK_START + " -jar "
                + target().resolve("optout.jar") + " list");
    }

    private Path classList() {
        return launcher.getParent().getParent().resolve("src/main/cds/optout.classlist");
    }

    private Path target() {
        return launcher.getParent().getParent().resolve("target");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo --headless --yes", "run facebook-objection", "guide --country DE",
        "--stacktrace demo", "check facebook-objection", "browser start --headless"})
    void commands_that_start_a_browser_install_it_first(String arguments) {
        ProcessRun.Result result = machine.sh(launcher, arguments.split(" ")).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("installing chromium and chromium-driver with apt-get");
        assertThat(machine.aptGetCalls()).hasSize(2);
        assertThat(machine.ran()).hasSize(1).first().asString().endsWith(" " + arguments);
    }

    @Test
    void without_root_a_missing_browser_stops_with_exit_6_before_java_starts() {
        machine.user(1000);

        ProcessRun.Result result = machine.sh(launcher, "demo").run();

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).contains("sudo apt-get install chromium chromium-driver");
        assertThat(machine.ran()).isEmpty();
    }
}
