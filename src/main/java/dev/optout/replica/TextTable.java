package dev.optout.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of page wording: a JSON resource with an object of texts per language, keyed alike in every language,
 * and a {@value #SOURCES} entry that says, per language, which texts are meta-flows' reference text, which the
 * replica's own translation and which its own wording (a category lists keys; {@value #EVERY_OTHER_KEY} stands for
 * every key no other category lists). A pack author copies texts from here and needs to know which to trust.
 */
final class TextTable {
    static final String SOURCES = "_sources";
    static final String EVERY_OTHER_KEY = "*";
    /** How {@value #SOURCES} names the category of the project's own translations that nobody compared with Meta. */
    static final String UNVERIFIED = "unverified";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String resource;
    private final Map<String, Map<String, String>> byLanguage;
    private final JsonNode sources;

    private TextTable(String resource, Map<String, Map<String, String>> byLanguage, JsonNode sources) {
        this.resource = resource;
        this.byLanguage = byLanguage;
        this.sources = sources;
    }

    static TextTable load(String resource) {
        JsonNode root;
        try {
            root = JSON.readTree(Resources.require(resource));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("replica/" + resource + " is not valid JSON", e);
        }
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        root.properties().forEach(entry -> {
            if (!entry.getKey().equals(SOURCES)) {
                Map<String, String> texts = new LinkedHashMap<>();
                entry.getValue().properties().forEach(text -> texts.put(text.getKey(), text.getValue().asText()));
                byLanguage.put(entry.getKey(), Map.copyOf(texts));
            }
        });
        return new TextTable(resource, Map.copyOf(byLanguage), root.path(SOURCES));
    }

    String resource() {
        return resource;
    }

    @Override
    public String toString() {
        return "replica/" + resource;
    }

    List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    Map<String, String> of(String language) {
        Map<String, String> texts = byLanguage.get(language);
        if (texts == null) {
            throw new IllegalArgumentException("no texts for language " + language + " in replica/" + resource);
        }
        return texts;
    }

    String of(String language, String key) {
        String text = of(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' for language " + language + " in replica/"
                    + resource);
        }
        return text;
    }

    /** The category {@value #SOURCES} gives {@code key} in {@code language}: named first, else the catch-all. */
    Optional<String> sourceOf(String language, String key) {
        Optional<String> catchAll = Optional.empty();
        for (Map.Entry<String, JsonNode> category : sources.path(language).properties()) {
            List<String> keys = new ArrayList<>();
            category.getValue().forEach(k -> keys.add(k.asText()));
            if (keys.contains(key)) {
                return Optional.of(category.getKey());
            }
            if (keys.contains(EVERY_OTHER_KEY)) {
                catchAll = Optional.of(category.getKey());
            }
        }
        return catchAll;
    }

    /** Whether {@value #SOURCES} calls any text in {@code language} {@value #UNVERIFIED}. */
    boolean unverified(String language) {
        return sourceLists(language).keySet().stream().anyMatch(category -> category.startsWith(UNVERIFIED));
    }

    /** Every key {@value #SOURCES} lists for {@code language}, per category, as written. */
    Map<String, List<String>> sourceLists(String language) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        sources.path(language).properties().forEach(category -> {
            List<String> keys = new ArrayList<>();
            category.getValue().forEach(k -> keys.add(k.asText()));
            lists.put(category.getKey(), List.copyOf(keys));
        });
        return lists;
    }
}
