package dev.optout.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a browser's debugging port listens: loopback only, written as a literal ({@code 127.0.0.1:9222} or
 * {@code [::1]:9222}). A debugging port has no authentication, so the tool talks to none on another host, and not
 * to {@code localhost}, which a hosts file or resolver may send elsewhere.
 */
public record DebuggingAddress(String host, int port) {

    private static final Pattern FORM = Pattern.compile("(127\\.0\\.0\\.1|\\[::1]):(\\d{1,5})");

    public DebuggingAddress {
        if (!host.equals("127.0.0.1") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("debugging address host must be 127.0.0.1 or [::1], not " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
        }
    }

    /** Parses {@code 127.0.0.1:PORT} or {@code [::1]:PORT}; anything else is refused with the reason. */
    public static DebuggingAddress parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text + " is not a loopback address: give 127.0.0.1:PORT or "
                    + "[::1]:PORT (a debugging port has no password, so optout attaches only on this computer, "
                    + "and not through the name localhost)");
        }
        int port = Integer.parseInt(matcher.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(text + " has no usable port: give 127.0.0.1:PORT with a PORT "
                    + "between 1 and 65535");
        }
        return new DebuggingAddress(matcher.group(1), port);
    }

    public static DebuggingAddress loopback(int port) {
        return new DebuggingAddress("127.0.0.1", port);
    }

    /** {@code 127.0.0.1:9222}, as ChromeDriver's {@code debuggerAddress} and {@code --attach} take it. */
    @Override
    public String toString() {
        return host + ":" + port;
    }

    String httpBase() {
        return "http://" + this;
    }
}
