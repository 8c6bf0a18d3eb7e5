package dev.optout.engine;

import dev.optout.pack.Origin;
import dev.optout.page.Page;
import java.util.Optional;

/** The page checks of a run: before every typing and every send, the page must be on an allowed origin. */
final class OriginGuard {

    private final Page page;
    private final AllowedOrigins allowed;

    OriginGuard(Page page, AllowedOrigins allowed) {
        this.page = page;
        this.allowed = allowed;
    }

    /** The URL to load for a pack URL: on the local stand-in when its origin is mapped. */
    String toBrowserUrl(String packUrl) {
        return allowed.toBrowserUrl(packUrl);
    }

    /**
     * Stops the run when the page is not on an allowed origin. Nothing happened there: every typing checks the host
     * after its last key, so an earlier step cannot have typed on that page either.
     */
    void requireAllowed(String action) {
        requireAllowed(action, page.url());
    }

    /** As {@link #requireAllowed(String)}, for {@code url}, where a look just saw the page. */
    void requireAllowed(String action, String url) {
        foreignOrigin(url).ifPresent(foreign -> {
            throw new SafetyAbortException(notAllowed(foreign) + "; refusing to " + action + " there. "
                    + "Nothing was typed or sent on that page.");
        });
    }

    /** The origin of {@code url} when the pack may not use it, e.g. {@code https://evil.test}. */
    Optional<String> foreignOrigin(String url) {
        return allowed.allows(url) ? Optional.empty() : Optional.of(originOf(url));
    }

    /** The first half of every refusal: where the page is and where it may be. */
    String notAllowed(String foreign) {
        return "the page moved to " + foreign + ", which is not one of the hosts this pack may use ("
                + allowed.describeAllowed() + ")";
    }

    /** The pack origin the current page is on (the real one when a replica stands in); empty when not allowed. */
    java.util.Optional<Origin> currentRealOrigin() {
        return allowed.realOrigin(page.url());
    }

    /** The Meta host the page is on (the real one when a replica stands in for it), as the person is told. */
    String currentHost() {
        return hostOf(page.url());
    }

    /** As {@link #currentHost}, for the page at {@code url}. */
    String hostOf(String url) {
        return allowed.realHost(url).orElseGet(() -> originOf(url));
    }

    /**
     * Where a send from the current page goes, as the person is told: the Meta host, or, when a loopback stand-in
     * serves the page, {@code the replica of www.facebook.com (127.0.0.1:PORT)}, so a rehearsal never reads like the
     * real thing.
     */
    String sendTarget() {
        return sendTargetOf(page.url());
    }

    /** As {@link #sendTarget}, for the page at {@code url}. */
    String sendTargetOf(String url) {
        String real = hostOf(url);
        return Origin.of(url).filter(shown -> !shown.host().equals(real))
                .map(local -> "the replica of " + real + " (" + local.host() + ":" + local.port() + ")")
                .orElse(real);
    }

    private static String originOf(String url) {
        return Origin.of(url).map(Origin::toString).orElse(url);
    }
}
