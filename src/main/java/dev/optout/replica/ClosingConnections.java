package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/**
 * While the scenario drops the sends' connections, every answer also closes its connection. Chromium resends a
 * request whose reused keep-alive connection closed before any answer, once per idle connection it holds; without
 * reused connections the dropped send reaches the replica exactly once, as a test counting attempts needs.
 */
final class ClosingConnections implements HttpHandler {
    private final Scenario scenario;
    private final HttpHandler next;

    ClosingConnections(Scenario scenario, HttpHandler next) {
        this.scenario = scenario;
        this.next = next;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (scenario.sendFault() == SendFault.CONNECTION_CLOSED) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        next.handle(exchange);
    }
}
