package dev.optout.engine;

import dev.optout.pack.Origin;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --origin-map REAL=LOCAL}: serves a real Meta origin from a local replica, for tests and demos. The local
 * side must be a literal loopback address with a port ({@code http://127.0.0.1:PORT} or {@code http://[::1]:PORT}):
 * any other host, even another name for loopback, could be somebody else's page.
 */
public final class OriginMap {

    private final Map<Origin, Origin> realToLocal;

    private OriginMap(Map<Origin, Origin> realToLocal) {
        this.realToLocal = Map.copyOf(realToLocal);
    }

    public static OriginMap none() {
        return new OriginMap(Map.of());
    }

    public static OriginMap parse(List<String> entries) {
        Map<Origin, Origin> map = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("--origin-map '" + entry
                        + "' is not REAL=LOCAL (e.g. https://www.facebook.com=http://127.0.0.1:8080)");
            }
            Origin real = realOrigin(entry.substring(0, eq).trim(), entry);
            Origin local = localOrigin(entry.substring(eq + 1).trim(), entry);
            map.put(real, local);
        }
        return new OriginMap(map);
    }

    public Optional<Origin> localFor(Origin real) {
        return Optional.ofNullable(realToLocal.get(real));
    }

    public Map<Origin, Origin> entries() {
        return realToLocal;
    }

    private static Origin realOrigin(String text, String entry) {
        URI uri = parseUri(text, entry);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || hasMoreThanOrigin(uri)) {
            throw new IllegalArgumentException("--origin-map '" + entry + "': REAL must be an https origin such as "
                    + "https://www.facebook.com (no path)");
        }
        return Origin.of(uri).orElseThrow();
    }

    private static Origin localOrigin(String text, String entry) {
        URI uri = parseUri(text, entry);
        String host = uri.getHost();
        boolean loopbackLiteral = "127.0.0.1".equals(host) || "[::1]".equals(host);
        if (!"http".equals(uri.getScheme()) || !loopbackLiteral || uri.getPort() <= 0 || hasMoreThanOrigin(uri)) {
            throw new IllegalArgumentException("--origin-map '" + entry + "': LOCAL must be http://127.0.0.1:PORT or "
                    + "http://[::1]:PORT; the tool types only into Meta's hosts or a replica on this machine");
        }
        return Origin.of(uri).orElseThrow();
    }

    private static boolean hasMoreThanOrigin(URI uri) {
        String path = uri.getRawPath();
        return uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || (path != null && !path.isEmpty() && !path.equals("/"));
    }

    private static URI parseUri(String text, String entry) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--origin-map '" + entry + "': '" + text + "' is not a URL");
        }
    }
}
