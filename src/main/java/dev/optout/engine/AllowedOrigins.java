package dev.optout.engine;

import dev.optout.pack.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a run may type and send: the pack's own origins, or their loopback stand-ins from the origin map. Every
 * other origin is off limits, and the run aborts when the page ends up there.
 */
public final class AllowedOrigins {

    /** allowed origin as the browser shows it → the real origin it stands for */
    private final Map<Origin, Origin> allowed = new LinkedHashMap<>();
    private final OriginMap map;

    public AllowedOrigins(List<Origin> packOrigins, OriginMap map) {
        this.map = map;
        for (Origin real : packOrigins) {
            allowed.put(real, real);
            map.localFor(real).ifPresent(local -> allowed.putIfAbsent(local, real));
        }
    }

    /** The URL to load for a pack URL: on the local stand-in when its origin is mapped. */
    public String toBrowserUrl(String packUrl) {
        return Origin.of(packUrl)
                .flatMap(real -> map.localFor(real).map(local -> local + packUrl.substring(real.toString().length())))
                .orElse(packUrl);
    }

    /** Whether a page at this URL may be typed into: its origin is one of the allowed ones. */
    public boolean allows(String url) {
        return Origin.of(url).map(allowed::containsKey).orElse(false);
    }

    /** The real Meta host a page URL stands for, for what the person is told ("sent to www.facebook.com"). */
    public Optional<String> realHost(String url) {
        return Origin.of(url).map(allowed::get).map(Origin::host);
    }

    /** The real Meta origin a page URL stands for, when the pack allows that page. */
    public Optional<Origin> realOrigin(String url) {
        return Origin.of(url).map(allowed::get);
    }

    public String describeAllowed() {
        return allowed.keySet().stream().map(Origin::toString).collect(Collectors.joining(", "));
    }
}
