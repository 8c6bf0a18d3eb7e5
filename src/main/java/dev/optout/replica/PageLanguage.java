package dev.optout.replica;

import java.util.Locale;
import java.util.Map;

/**
 * Decides a page's language. Meta honours a {@code ?locale=de_DE} parameter over the account's language, so a
 * test can load one page in another language without touching the shared {@link Scenario}.
 */
final class PageLanguage {
    /**
     * What {@code <html lang>} says for each language: the region form a real page would use (Brazilians see
     * {@code pt-BR}), English plain {@code en}. A tool must reduce it to its language before looking up texts.
     */
    private static final Map<String, String> HTML_LANG = Map.of(
            "en", "en", "de", "de-DE", "fr", "fr-FR", "it", "it-IT",
            "es", "es-ES", "nl", "nl-NL", "pl", "pl-PL", "pt", "pt-BR");

    private PageLanguage() {
    }

    static String resolve(String localeParameter, String scenarioLanguage) {
        if (localeParameter == null || localeParameter.length() < 2) {
            return scenarioLanguage;
        }
        String language = localeParameter.substring(0, 2).toLowerCase(Locale.ROOT);
        return Scenario.LANGUAGES.contains(language) ? language : scenarioLanguage;
    }

    /** The {@code <html lang>} value of a page in {@code language}; a language the replica lacks passes through. */
    static String htmlLang(String language) {
        return HTML_LANG.getOrDefault(language, language);
    }
}
