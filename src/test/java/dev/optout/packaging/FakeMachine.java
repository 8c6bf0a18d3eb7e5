package dev.optout.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A PATH of fake programs in a temporary folder, so a shell script can be run as if on another machine: {@code id}
 * and {@code uname} say who and where we are, {@code apt-get} records its calls (and an install creates fake
 * {@code chromium} and {@code chromedriver}), and nothing of the real system is reached.
 */
public final class FakeMachine {

    private final Path bin;
    private final Path aptLog;

    public FakeMachine(Path folder) {
        bin = folder.resolve("bin");
        aptLog = folder.resolve("apt-get.log");
        try {
            Files.createDirectories(bin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        linux();
        user(1000);
    }

    public FakeMachine linux() {
        return program("uname", "echo Linux");
    }

    public FakeMachine mac() {
        return program("uname", "echo Darwin");
    }

    public FakeMachine root() {
        return user(0);
    }

    public FakeMachine user(int uid) {
        return program("id", "[ \"${1:-}\" = -u ] && echo " + uid + " || echo 'uid=" + uid + "'");
    }

    /** A Debian-like apt-get: each call is one line of its log; an install puts the browser and driver on the PATH. */
    public FakeMachine aptGet() {
        return program("apt-get", "echo \"DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-} $*\" >> '" + aptLog + "'",
                "case \" $* \" in *' install '*)",
                "  for p in chromium chromedriver; do printf '#!/bin/sh\\n' > '" + bin + "'/$p;"
                        + " /bin/chmod 755 '" + bin + "'/$p; done ;;",
                "esac");
    }

    public FakeMachine failingAptGet() {
        return program("apt-get", "echo \"$*\" >> '" + aptLog + "'", "echo 'E: Unable to locate package' >&2",
                "exit 100");
    }

    public FakeMachine installed(String... programs) {
        for (String name : programs) {
            program(name, "echo \"" + name + " $*\" >> '" + bin.getParent().resolve("ran.log") + "'");
        }
        return this;
    }

    /** Real programs a script needs besides the fakes (dirname, find…), linked from the system. */
    public FakeMachine real(String... programs) {
        for (String name : programs) {
            Path target = Path.of("/usr/bin", name);
            if (!Files.exists(target)) {
                target = Path.of("/bin", name);
            }
            try {
                Files.deleteIfExists(bin.resolve(name));
                Files.createSymbolicLink(bin.resolve(name), target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    public FakeMachine program(String name, String... lines) {
        try {
            Path file = bin.resolve(name);
            Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A script run with only this machine's programs on the PATH. */
    public ProcessRun sh(Path script, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(command).env("PATH", bin.toString()).env("HOME", bin.getParent().toString())
                .without("DEBIAN_FRONTEND");
    }

    public List<String> aptGetCalls() {
        return lines(aptLog);
    }

    /** The fake programs of {@link #installed} that ran, each with its arguments. */
    public List<String> ran() {
        return lines(bin.getParent().resolve("ran.log"));
    }

    public boolean has(String program) {
        return Files.isExecutable(bin.resolve(program));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
