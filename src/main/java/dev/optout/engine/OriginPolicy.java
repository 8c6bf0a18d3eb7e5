package dev.optout.engine;

import dev.optout.browser.WebPage;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run may type and send: the pack's own origins, or their loopback stand-ins from the origin map. Every
 * other origin is off limits, and the run aborts when the page ends up there.
 */
public final class OriginPolicy {

    /** allowed origin as the browser shows it → the real origin it stands for */
    private final Map<String, String> allowed = new LinkedHashMap<>();
    private final OriginMap map;

    public OriginPolicy(List<URI> packOrigins, OriginMap map) {
        this.map = map;
        for (URI origin : packOrigins) {
            String real = WebPage.originOf(origin.toString());
            allowed.put(real, real);
            map.localFor(real).ifPresent(local -> allowed.putIfAbsent(local, real));
        }
    }

    /** The URL to load for a pack URL: on the local stand-in when its origin is mapped. */
    public String toBrowserUrl(String packUrl) {
        String origin = WebPage.originOf(packUrl);
        return map.localFor(origin).map(local -> local + packUrl.substring(origin.length())).orElse(packUrl);
    }

    public boolean allows(String origin) {
        return allowed.containsKey(origin);
    }

    /** The real Meta host a page origin stands for, for what the person is told ("sent to www.facebook.com"). */
    public Optional<String> realHost(String origin) {
        return Optional.ofNullable(allowed.get(origin)).map(real -> URI.create(real).getHost());
    }

    public String describeAllowed() {
        return String.join(", ", allowed.keySet());
    }
}
