package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.Set;

/** {@code POST /__replica/timestamp}: a page reports when one of its elements appeared or was first used. */
final class TimestampEndpoint implements HttpHandler {
    static final String PATH = ReplicaServer.OWN_PATHS + "timestamp";
    private static final Set<String> EVENTS = Set.of(ElementTimestamp.APPEARED, ElementTimestamp.FIRST_ACTION);

    private final Recorder recorder;

    TimestampEndpoint(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonNode body = Requests.jsonObject(exchange).orElse(null);
        if (body == null || !EVENTS.contains(body.path("event").asText()) || !body.path("at").isNumber()) {
            Responses.text(exchange, 400, "body must be {path, element, event: appeared|firstAction, at: number}");
            return;
        }
        recorder.record(new ElementTimestamp(body.path("path").asText(""), body.path("element").asText(""),
                body.path("event").asText(), body.path("at").asDouble(), body.path("action").asText("")));
        Responses.text(exchange, 204, "");
    }
}
