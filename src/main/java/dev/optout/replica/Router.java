package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each request to the handler for its exact method and path. The JDK server matches contexts by prefix,
 * which would let {@code /help/contact/6359191084165019xyz} reach the form; the real site answers 404 there.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final Map<String, Map<String, HttpHandler>> routes = new HashMap<>();
    private final Map<String, HttpHandler> prefixes = new HashMap<>();
    private final HttpHandler notFound;

    Router(HttpHandler notFound) {
        this.notFound = notFound;
    }

    Router get(String path, HttpHandler handler) {
        return on("GET", path, handler);
    }

    Router post(String path, HttpHandler handler) {
        return on("POST", path, handler);
    }

    /** Every GET below {@code prefix} goes to {@code handler}, which answers 404 itself for names it lacks. */
    Router getUnder(String prefix, HttpHandler handler) {
        prefixes.put(prefix, handler);
        return this;
    }

    /** Every real origin shares the replica's one port: two pages claiming one path is a mistake, caught at start. */
    private Router on(String method, String path, HttpHandler handler) {
        if (routes.computeIfAbsent(path, p -> new HashMap<>()).putIfAbsent(method, handler) != null) {
            throw new IllegalStateException("two replica routes for " + method + " " + path);
        }
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange).handle(exchange);
        } catch (RuntimeException | IOException e) {
            // The JDK server would otherwise drop the connection silently, which hides the cause from a test.
            LOG.log(Level.WARNING, "replica failed on " + exchange.getRequestURI(), e);
            answerServerError(exchange, e);
        } finally {
            exchange.close();
        }
    }

    private static void answerServerError(HttpExchange exchange, Exception cause) {
        try {
            Responses.text(exchange, 500, "replica error: " + cause);
        } catch (IOException headersAlreadySent) {
            // Nothing more can be said on this exchange; the log above has the cause.
        }
    }

    private HttpHandler route(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Map<String, HttpHandler> byMethod = routes.get(path);
        if (byMethod != null) {
            HttpHandler handler = byMethod.get(method);
            return handler != null ? handler : ex -> Responses.text(ex, 405, method + " not allowed on " + path);
        }
        if ("GET".equals(method)) {
            for (Map.Entry<String, HttpHandler> prefix : prefixes.entrySet()) {
                if (path.startsWith(prefix.getKey())) {
                    return prefix.getValue();
                }
            }
        }
        return notFound;
    }
}
