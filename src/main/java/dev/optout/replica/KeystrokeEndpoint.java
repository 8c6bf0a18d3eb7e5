package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code POST /__replica/keystroke}: the pages report each key press here (where it went, never which key). */
final class KeystrokeEndpoint implements HttpHandler {
    static final String PATH = "/__replica/keystroke";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Recorder recorder;

    KeystrokeEndpoint(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(Requests.body(exchange));
        } catch (JsonProcessingException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            Responses.text(exchange, 400, "body must be a JSON object");
            return;
        }
        recorder.record(new Keystroke(body.path("path").asText(""), body.path("origin").asText(""),
                body.path("field").asText("")));
        Responses.text(exchange, 204, "");
    }
}
