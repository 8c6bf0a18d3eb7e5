package dev.optout.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code POST /__replica/keystroke}: the pages report each key press here (where it went, never which key). */
final class KeystrokeEndpoint implements HttpHandler {
    static final String PATH = "/__replica/keystroke";

    private final Recorder recorder;

    KeystrokeEndpoint(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonNode body = Requests.jsonObject(exchange).orElse(null);
        if (body == null) {
            Responses.text(exchange, 400, "body must be a JSON object");
            return;
        }
        recorder.record(new Keystroke(body.path("path").asText(""), body.path("origin").asText(""),
                body.path("field").asText("")));
        Responses.text(exchange, 204, "");
    }
}
