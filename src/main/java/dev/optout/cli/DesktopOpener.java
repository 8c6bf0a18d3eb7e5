package dev.optout.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file in the person's default program (the HTML report in their web browser) with the system's own opener,
 * without waiting for it. A failure to open is no failure of the run: the path is printed anyway.
 */
final class DesktopOpener {

    private DesktopOpener() {
    }

    static void open(Path file) {
        try {
            new ProcessBuilder(command(System.getProperty("os.name", ""), file.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException noOpener) {
            // Nothing to open it with: the printed path is enough.
        }
    }

    static List<String> command(String osName, String file) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", file);
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", file);
    }
}
