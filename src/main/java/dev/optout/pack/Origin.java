package dev.optout.pack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a page comes from, as browsers compare it: scheme, host and port. The one type for an origin, wherever the
 * tool decides where it may go: a pack's allowlist, the origin map, and the page checks before typing and sending.
 *
 * @param host as a URL writes it, lower case; an IPv6 address keeps its brackets ({@code [::1]})
 * @param port the port the URL names, or -1 when it names none
 */
public record Origin(String scheme, String host, int port) {

    public Origin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
    }

    /** The origin of an absolute URL; empty when it has none, such as {@code about:blank} or a malformed URL. */
    public static Optional<Origin> of(String url) {
        try {
            return of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static Optional<Origin> of(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(new Origin(uri.getScheme(), uri.getHost(), uri.getPort()));
    }

    /** An origin written as such, e.g. {@code https://www.facebook.com}; one that a pack has already checked. */
    public static Origin parse(String text) {
        return of(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an origin such as "
                + "https://www.facebook.com"));
    }

    /** {@code scheme://host[:port]}, the way a browser's address bar starts. */
    @Override
    public String toString() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }
}
