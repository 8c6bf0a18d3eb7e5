package dev.optout.replica;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The English wording of the flows beyond the objection form (third-party data, privacy rights request, Meta AI,
 * Messenger, off-Meta activity), from {@code flow-texts.json}: meta-flows §4's second table plus the replica's own
 * words around it. Kept apart from {@code i18n.json} because these pages exist in English only.
 */
final class FlowTexts {
    private static final Map<String, Map<String, String>> BY_FLOW = load();

    private FlowTexts() {
    }

    static Map<String, String> of(String flow) {
        Map<String, String> texts = BY_FLOW.get(flow);
        if (texts == null) {
            throw new IllegalArgumentException("no replica texts for flow " + flow);
        }
        return texts;
    }

    static String of(String flow, String key) {
        String text = of(flow).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no replica text '" + key + "' for flow " + flow);
        }
        return text;
    }

    private static Map<String, Map<String, String>> load() {
        try {
            return Map.copyOf(new ObjectMapper().readValue(Resources.require("flow-texts.json"),
                    new TypeReference<>() {
                    }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("replica/flow-texts.json is not valid JSON", e);
        }
    }
}
