package dev.optout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * What commands get from the outside world besides their options: standard input (one line per answer, so a
 * script can pipe them), the user's folders, the clock and whether a display exists. Tests pass their own.
 */
public final class Console {

    private final BufferedReader in;
    private final UserFolders folders;
    private final Clock clock;
    private final boolean displayAvailable;
    private final Interrupts interrupts;

    public Console(BufferedReader in, UserFolders folders, Clock clock, boolean displayAvailable) {
        this(in, folders, clock, displayAvailable, Interrupts.none());
    }

    public Console(BufferedReader in, UserFolders folders, Clock clock, boolean displayAvailable,
                   Interrupts interrupts) {
        this.in = in;
        this.folders = folders;
        this.clock = clock;
        this.displayAvailable = displayAvailable;
        this.interrupts = interrupts;
    }

    /** The real terminal, folders and clock; Ctrl-C and SIGTERM handled by {@code interrupts}. */
    public static Console system(Interrupts interrupts) {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return new Console(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                UserFolders.fromEnvironment(), Clock.systemUTC(), display, interrupts);
    }

    public Optional<String> readLine() {
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UserFolders folders() {
        return folders;
    }

    public Clock clock() {
        return clock;
    }

    public boolean displayAvailable() {
        return displayAvailable;
    }

    /** Where a command registers what to do on Ctrl-C or SIGTERM. */
    public Interrupts interrupts() {
        return interrupts;
    }
}
