package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where 'mvn package' left the archives, the app image and the .deb; Failsafe passes the build folder. */
final class BuiltPackages {

    static final String VERSION = System.getProperty("optout.version", "0.1.0");
    static final Path BUILD = Path.of(System.getProperty("optout.build.dir", "target")).toAbsolutePath();

    private BuiltPackages() {
    }

    static Path tarball() {
        return existing(BUILD.resolve("optout-" + VERSION + ".tar.gz"));
    }

    static Path zip() {
        return existing(BUILD.resolve("optout-" + VERSION + ".zip"));
    }

    /** True when the build had a jpackage, so the app image (and on Linux with dpkg-deb, the .deb) must exist. */
    static boolean nativeExpected() {
        return Boolean.getBoolean("optout.native.expected");
    }

    static Path appImage() {
        return BUILD.resolve("native/image/optout");
    }

    static Path deb() {
        String architecture = ProcessRun.of("dpkg", "--print-architecture").run().out().strip();
        return BUILD.resolve("optout_" + VERSION.replace('-', '~') + "_" + architecture + ".deb");
    }

    static boolean onLinux() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static Path existing(Path file) {
        assertThat(file).as("built by 'mvn package'").isRegularFile();
        return file;
    }
}
