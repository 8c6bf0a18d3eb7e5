package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb installs with dpkg, runs as 'optout' from the PATH, and removes cleanly. It changes the machine, so it
 * runs only as root on a Debian-like system (as CI does) and skips elsewhere, saying why.
 */
class DebPackageIT {

    @TempDir
    Path optoutHome;

    @BeforeEach
    void on_a_debian_machine_as_root() {
        assumeThat(BuiltPackages.onLinux()).as("a .deb is built and installed on Linux only").isTrue();
        assumeThat(BuiltPackages.onPath("dpkg") && BuiltPackages.onPath("dpkg-deb"))
                .as("dpkg is needed to build and install a .deb").isTrue();
        assumeThat(ProcessRun.of("id", "-u").run().out().strip()).as("dpkg -i needs root (CI runs as root)")
                .isEqualTo("0");
        assumeThat(BuiltPackages.nativeExpected()).as("the build had no jpackage, so no .deb was made").isTrue();
        assertThat(BuiltPackages.deb()).as("built by 'mvn package' where dpkg-deb is").isRegularFile();
        assumeThat(ProcessRun.of("dpkg-query", "-W", "optout").run().exitCode())
                .as("a package named optout is installed already; it is not this test's to replace").isNotZero();
    }

    @Test
    void recommends_chromium_and_depends_only_on_libraries() {
        ProcessRun.Result fields = ProcessRun.of("dpkg-deb", "--field", BuiltPackages.deb().toString(), "Depends",
                "Recommends").run();

        assertThat(fields.out()).contains("Recommends: chromium, chromium-driver").contains("Depends: ")
                .contains("libc6");
        assertThat(fields.out().lines().filter(line -> line.startsWith("Depends:")).findFirst().orElseThrow())
                .doesNotContain("chromium", "java", "jdk", "jre");
    }

    @Test
    void installs_runs_the_demo_from_the_path_and_is_removed() throws Exception {
        // Two work trees of this project on one machine would otherwise install and remove the same package at once.
        try (FileChannel channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"),
                "optout-deb-test.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            ProcessRun.Result install = ProcessRun.of("dpkg", "-i", BuiltPackages.deb().toString()).run();
            assertThat(install.exitCode()).as(install.toString()).isZero();
            try {
                assertInstalled();
            } finally {
                ProcessRun.Result remove = ProcessRun.of("dpkg", "-r", "optout").run();
                assertThat(remove.exitCode()).as(remove.toString()).isZero();
            }
            assertThat(Path.of("/usr/bin/optout")).doesNotExist();
            assertThat(Path.of("/usr/lib/optout")).doesNotExist();
            assertThat(Path.of("/usr/share/optout")).doesNotExist();
        }
    }

    private void assertInstalled() throws IOException {
        assertThat(Path.of("/usr/share/optout/selectors/facebook-objection.yaml")).isRegularFile();
        assertThat(Path.of("/usr/share/doc/optout/THIRD-PARTY.txt")).isRegularFile();
        Path completion = Path.of("/usr/share/bash-completion/completions/optout");
        assertThat(BashCompletion.offers(completion, "optout", "run", "fac")).contains("facebook-objection");

        assertThat(Path.of("/usr/lib/optout/lib/app/optout.jsa")).as("made by postinst").isRegularFile();
        ClassLoading list = ClassLoading.of(fromPath("optout", "list"), optoutHome);
        assertThat(list.sourceOf("dev.optout.cli.Main")).isEqualTo("shared objects file");

        ProcessRun.Result version = fromPath("optout", "--version").run();
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).startsWith("optout " + BuiltPackages.VERSION);

        ProcessRun.Result demo = fromPath("optout", "demo", "--headless", "--yes").timeout(Duration.ofMinutes(3))
                .run();
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("The replica received 1 submission(s).");
        // A demo's report stands apart from real runs, and a demo is no run of the person's.
        try (java.util.stream.Stream<Path> runs = Files.list(optoutHome.resolve("data/demo-runs"))) {
            assertThat(runs.count()).as("one report").isEqualTo(1);
        }
        assertThat(optoutHome.resolve("data/runs")).doesNotExist();
    }

    /** The command as a shell finds it on a PATH of the system's folders only. */
    private ProcessRun fromPath(String... command) {
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of("sh", "-c", "exec \"$@\"", "sh"));
        line.addAll(java.util.List.of(command));
        return ProcessRun.of(line).env("PATH", "/usr/bin:/bin").without("JAVA_HOME")
                .env("OPTOUT_HOME", optoutHome.toString());
    }
}
