package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a page's script posts a form as JSON. Every post is recorded, accepted or not and whatever fault the
 * scenario imposes, because the tests' question is what the browser sent; the answer's {@code ok} tells the page
 * whether to show success.
 */
final class SubmissionEndpoint implements HttpHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Facebook's endpoints answer a server-side failure with 200 and an error code ("for (;;);{"error":…}"). */
    static final String META_ERROR_ANSWER = "{\"ok\":false,\"error\":1357001,"
            + "\"errorSummary\":\"Something went wrong\",\"errorDescription\":\"Please try again later.\"}";

    private final String form;
    private final Scenario scenario;
    private final Recorder recorder;
    private final Predicate<Map<String, String>> accepts;

    SubmissionEndpoint(String form, Scenario scenario, Recorder recorder, Predicate<Map<String, String>> accepts) {
        this.form = form;
        this.scenario = scenario;
        this.recorder = recorder;
        this.accepts = accepts;
    }

    /** The 2024 form's second step: Meta accepts the emailed code, which the replica imitates as any 6 digits. */
    static Predicate<Map<String, String>> sixDigitCode() {
        return fields -> fields.getOrDefault("code", "").matches("[0-9]{6}");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Map<String, String> fields;
        try {
            fields = fields(JSON.readTree(Requests.body(exchange)));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Responses.json(exchange, 400, "{\"ok\":false,\"error\":\"body must be a JSON object\"}");
            return;
        }
        recorder.record(new Submission(form, fields, Instant.now()));
        switch (scenario.sendFault()) {
            case HTTP_500 -> Responses.json(exchange, 500, "{\"ok\":false}");
            // Closed before any answer: the browser sees the connection drop.
            case CONNECTION_CLOSED -> exchange.close();
            case META_ERROR -> Responses.json(exchange, 200, META_ERROR_ANSWER);
            default -> Responses.json(exchange, 200, "{\"ok\":" + accepts.test(fields) + "}");
        }
    }

    private static Map<String, String> fields(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        body.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        return fields;
    }
}
