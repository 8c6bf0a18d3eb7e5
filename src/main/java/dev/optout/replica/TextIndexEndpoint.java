package dev.optout.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code GET /__replica/texts}: the {@link TextIndex}, for a pack author trying packs against a running replica. */
final class TextIndexEndpoint implements HttpHandler {
    private final String index = TextIndex.render();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Responses.json(exchange, 200, index);
    }
}
