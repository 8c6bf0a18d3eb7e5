package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Shows the {@link Recorder} as JSON, for black-box tests that run the CLI in another process. */
final class RecordsEndpoint implements HttpHandler {
    static final String SUBMISSIONS = "/__replica/submissions";
    static final String KEYSTROKES = "/__replica/keystrokes";
    static final String TIMESTAMPS = "/__replica/timestamps";
    static final String DECOYS = "/__replica/decoys";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<List<?>> records;

    private RecordsEndpoint(Supplier<List<?>> records) {
        this.records = records;
    }

    static RecordsEndpoint submissions(Recorder recorder) {
        return new RecordsEndpoint(() -> recorder.submissions().stream().map(RecordsEndpoint::asJson).toList());
    }

    static RecordsEndpoint keystrokes(Recorder recorder) {
        return new RecordsEndpoint(recorder::keystrokes);
    }

    static RecordsEndpoint timestamps(Recorder recorder) {
        return new RecordsEndpoint(recorder::timestamps);
    }

    static RecordsEndpoint decoys(Recorder recorder) {
        return new RecordsEndpoint(recorder::decoys);
    }

    /** By hand because {@link java.time.Instant} needs a Jackson module the project does not ship. */
    private static Map<String, Object> asJson(Submission submission) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("form", submission.form());
        json.put("fields", submission.fields());
        json.put("at", submission.at().toString());
        return json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            Responses.json(exchange, 200, JSON.writeValueAsString(records.get()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write replica records as JSON", e);
        }
    }
}
