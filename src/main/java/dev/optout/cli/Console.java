package dev.optout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What commands get from the outside world besides their options: standard input (one line per answer, so a
 * script can pipe them), the user's folders, the clock, the terminal and display, and how a finished report is
 * shown. Tests pass their own.
 */
public final class Console {

    /** Shows a file to the person, e.g. the HTML report in their web browser. */
    @FunctionalInterface
    public interface Opener {
        void open(Path file);
    }

    private final BufferedReader in;
    private final UserFolders folders;
    private final Clock clock;
    private final Terminal terminal;
    private final Opener opener;
    private final Interrupts interrupts;
    /** Set by the read that met the end; a signal handler's thread may ask too. */
    private volatile boolean inputEnded;

    public Console(BufferedReader in, UserFolders folders, Clock clock, Terminal terminal, Opener opener) {
        this(in, folders, clock, terminal, opener, Interrupts.none());
    }

    public Console(BufferedReader in, UserFolders folders, Clock clock, Terminal terminal, Opener opener,
                   Interrupts interrupts) {
        this.in = in;
        this.folders = folders;
        this.clock = clock;
        this.terminal = terminal;
        this.opener = opener;
        this.interrupts = interrupts;
    }

    /** A console without a terminal that never opens anything, with or without a display. */
    public Console(BufferedReader in, UserFolders folders, Clock clock, boolean displayAvailable) {
        this(in, folders, clock, Terminal.PIPED.withDisplay(displayAvailable), file -> { });
    }

    /** The real terminal, folders and clock; Ctrl-C and SIGTERM handled by {@code interrupts}. */
    public static Console system(Interrupts interrupts) {
        // The system zone, so that reports can say the local time; file names use UTC explicitly.
        return new Console(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                UserFolders.fromEnvironment(), Clock.systemDefaultZone(), Terminal.current(), DesktopOpener::open,
                interrupts);
    }

    /**
     * One line of standard input, read only once its question is printed: a script may answer each question after
     * it sees it. Empty at the end of input, and from then on at once, without reading again: a terminal would
     * otherwise wait for more after Ctrl-D, and nobody who ended the input is there to answer later questions.
     */
    public Optional<String> readLine() {
        if (inputEnded) {
            return Optional.empty();
        }
        String line;
        try {
            line = in.readLine();
        } catch (IOException unreadable) {
            // A standard input that cannot be read (closed with <&-) gets no answers either: it has ended.
            line = null;
        }
        if (line == null) {
            inputEnded = true;
        }
        return Optional.ofNullable(line);
    }

    /** Whether an earlier read met the end of standard input. Never reads, so it never waits for anyone. */
    public boolean inputEnded() {
        return inputEnded;
    }

    public UserFolders folders() {
        return folders;
    }

    public Clock clock() {
        return clock;
    }

    public Terminal terminal() {
        return terminal;
    }

    public boolean displayAvailable() {
        return terminal.display();
    }

    /** Shows a file to the person; only called when a display exists. */
    public void open(Path file) {
        opener.open(file);
    }

    /** Where a command registers what to do on Ctrl-C or SIGTERM. */
    public Interrupts interrupts() {
        return interrupts;
    }
}
