package dev.optout.pack;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text that may differ by page language, keyed by two-letter language code ({@code en de fr it es nl pl pt}).
 * A plain string in a pack becomes a text with the single key {@link #ANY_LANGUAGE}.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String ANY_LANGUAGE = "*";
    public static final String FALLBACK_LANGUAGE = "en";

    public LocalizedText {
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one variant");
        }
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(Map.of(ANY_LANGUAGE, text));
    }

    public boolean isLocalized() {
        return !byLanguage.containsKey(ANY_LANGUAGE);
    }

    /** Whether the text has a variant of its own for the language (a language-neutral text serves every one). */
    public boolean speaks(String language) {
        return !isLocalized() || byLanguage.containsKey(language);
    }

    /** The variant for a language: that language, else the language-neutral text, else English. */
    public Optional<String> in(String language) {
        String exact = byLanguage.get(language);
        if (exact != null) {
            return Optional.of(exact);
        }
        String any = byLanguage.get(ANY_LANGUAGE);
        if (any != null) {
            return Optional.of(any);
        }
        return Optional.ofNullable(byLanguage.get(FALLBACK_LANGUAGE));
    }

    @Override
    public String toString() {
        return isLocalized() ? new TreeMap<>(byLanguage).toString() : byLanguage.get(ANY_LANGUAGE);
    }
}
