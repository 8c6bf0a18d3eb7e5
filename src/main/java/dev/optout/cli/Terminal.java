package dev.optout.cli;

import java.util.Locale;
import java.util.Map;

/**
 * What the person's surroundings allow, found out once: whether a browser window can open on a display, whether a
 * person reads the output at a terminal (only then may their own values show in full, and colours be used), and
 * whether they want colours. Tests give their own.
 *
 * @param display     a browser window can open (a display on Linux; always on macOS and Windows)
 * @param interactive standard input and output are a terminal ({@code System.console() != null})
 * @param colour      ANSI colours are welcome: a terminal, {@code NO_COLOR} unset and {@code TERM} not {@code dumb}
 */
public record Terminal(boolean display, boolean interactive, boolean colour) {

    /** No display, no terminal, no colours: what a script or a test sees. */
    public static final Terminal PIPED = new Terminal(false, false, false);

    public Terminal {
        colour = colour && interactive;
    }

    static Terminal of(Map<String, String> env, String osName, boolean consoleAttached) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean display = !linux || present(env, "DISPLAY") || present(env, "WAYLAND_DISPLAY");
        // https://no-color.org: any non-empty NO_COLOR turns colours off.
        boolean colour = !present(env, "NO_COLOR") && !"dumb".equals(env.get("TERM"));
        return new Terminal(display, consoleAttached, colour);
    }

    static Terminal current() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.console() != null);
    }

    public Terminal withDisplay(boolean available) {
        return new Terminal(available, interactive, colour);
    }

    private static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isEmpty();
    }
}
