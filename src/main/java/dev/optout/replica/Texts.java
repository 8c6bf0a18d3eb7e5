package dev.optout.replica;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The pages' wording per language, from {@code i18n.json}. The keys named after meta-flows §4 hold the project's
 * reference text, which the selector packs match; the other keys are the replica's own wording.
 */
final class Texts {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = load();

    private Texts() {
    }

    static Map<String, String> of(String language) {
        Map<String, String> texts = BY_LANGUAGE.get(language);
        if (texts == null) {
            throw new IllegalArgumentException("no replica texts for language " + language);
        }
        return texts;
    }

    static String of(String language, String key) {
        String text = of(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no replica text '" + key + "' for language " + language);
        }
        return text;
    }

    private static Map<String, Map<String, String>> load() {
        try {
            return Map.copyOf(new ObjectMapper().readValue(Resources.require("i18n.json"), new TypeReference<>() {
            }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("replica/i18n.json is not valid JSON", e);
        }
    }
}
