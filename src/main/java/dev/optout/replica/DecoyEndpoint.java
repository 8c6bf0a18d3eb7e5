package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code POST /__replica/decoy}: a page reports an action on a piece of its noise (see {@link Decoy}). */
final class DecoyEndpoint implements HttpHandler {
    static final String PATH = ReplicaServer.OWN_PATHS + "decoy";

    private final Recorder recorder;

    DecoyEndpoint(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonNode body = Requests.jsonObject(exchange).orElse(null);
        if (body == null || body.path("decoy").asText("").isEmpty()) {
            Responses.text(exchange, 400, "body must be {path, decoy, event, target}");
            return;
        }
        recorder.record(new Decoy(body.path("path").asText(""), body.path("decoy").asText(),
                body.path("event").asText(""), body.path("target").asText("")));
        Responses.text(exchange, 204, "");
    }
}
