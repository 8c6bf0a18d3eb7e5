package dev.optout.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** This computer's name as browsers write it into their profile locks (gethostname, no DNS lookup on Linux). */
final class LocalHost {

    private LocalHost() {
    }

    static String name() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
        } catch (IOException e) {
            // Fall through to the portable way.
        }
        String env = System.getenv(OperatingSystem.current() == OperatingSystem.WINDOWS ? "COMPUTERNAME" : "HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
