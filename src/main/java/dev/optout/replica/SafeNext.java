package dev.optout.replica;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The page to return to after logging in. Only a path on this same origin is honoured: an absolute or
 * protocol-relative {@code next} would make the login page an open redirect, the trick phishing pages use.
 */
final class SafeNext {
    static final String FALLBACK = "/";

    private SafeNext() {
    }

    static String of(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return FALLBACK;
        }
        if (next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return FALLBACK;
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return FALLBACK;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return FALLBACK;
        }
    }
}
