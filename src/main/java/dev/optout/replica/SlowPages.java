package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Answers every page late when the scenario asks for a slow server (reliability #9). Only the pages: the replica's
 * own endpoints under {@code /__replica/} and the sends answer at once. The wait ends early when the server stops,
 * so a slow page never holds up {@link ReplicaServer#close()}.
 */
final class SlowPages implements HttpHandler {
    private final Scenario scenario;
    private final CountDownLatch stopped;
    private final HttpHandler next;

    SlowPages(Scenario scenario, CountDownLatch stopped, HttpHandler next) {
        this.scenario = scenario;
        this.stopped = stopped;
        this.next = next;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        int delayMs = scenario.slowResponseMs();
        if (delayMs > 0 && isPage(exchange) && stoppedWithin(delayMs)) {
            exchange.close();
            return;
        }
        next.handle(exchange);
    }

    private static boolean isPage(HttpExchange exchange) {
        return "GET".equals(exchange.getRequestMethod())
                && !exchange.getRequestURI().getPath().startsWith(ReplicaServer.OWN_PATHS);
    }

    private boolean stoppedWithin(int delayMs) {
        try {
            return stopped.await(delayMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
