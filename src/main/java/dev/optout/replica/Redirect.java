package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * An address Meta moved: it answers a redirect to the new path, query kept, as an old form id does. A move that
 * depends on the scenario (Meta's 2026 moves) serves the old page until the scenario says it happened.
 */
final class Redirect implements HttpHandler {
    private final String target;
    private final BooleanSupplier moved;
    private final HttpHandler oldPage;

    private Redirect(String target, BooleanSupplier moved, HttpHandler oldPage) {
        this.target = target;
        this.moved = moved;
        this.oldPage = oldPage;
    }

    /** Always redirects to {@code target}. */
    static Redirect to(String target) {
        return new Redirect(target, () -> true, null);
    }

    /** Redirects to {@code target} while {@code moved} holds, else serves {@code oldPage}. */
    static Redirect when(BooleanSupplier moved, String target, HttpHandler oldPage) {
        return new Redirect(target, moved, oldPage);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!moved.getAsBoolean()) {
            oldPage.handle(exchange);
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        Responses.redirect(exchange, target + (query == null ? "" : "?" + query));
    }
}
