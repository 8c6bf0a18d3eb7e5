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
     * {@code pt-BR}, Norwegians Bokmål's {@code nb-NO}, as Meta's own {@code nb_NO} locale), English plain
     * {@code en}. A tool must reduce it to its language before looking up texts.
     */
    private static final Map<String, String> HTML_LANG = Map.ofEntries(
            Map.entry("en", "en"), Map.entry("de", "de-DE"), Map.entry("fr", "fr-FR"), Map.entry("it", "it-IT"),
            Map.entry("es", "es-ES"), Map.entry("nl", "nl-NL"), Map.entry("pl", "pl-PL"), Map.entry("pt", "pt-BR"),
            Map.entry("bg", "bg-BG"), Map.entry("cs", "cs-CZ"), Map.entry("da", "da-DK"), Map.entry("el", "el-GR"),
            Map.entry("et", "et-EE"), Map.entry("fi", "fi-FI"), Map.entry("ga", "ga-IE"), Map.entry("hr", "hr-HR"),
            Map.entry("hu", "hu-HU"), Map.entry("is", "is-IS"), Map.entry("lt", "lt-LT"), Map.entry("lv", "lv-LV"),
            Map.entry("mt", "mt-MT"), Map.entry("no", "nb-NO"), Map.entry("ro", "ro-RO"), Map.entry("sk", "sk-SK"),
            Map.entry("sl", "sl-SI"), Map.entry("sv", "sv-SE"), Map.entry("rm", "rm-CH"));

    /** Meta's locales for Norwegian are Bokmål's and Nynorsk's; the replica has one Norwegian. */
    private static final Map<String, String> SAME_LANGUAGE = Map.of("nb", "no", "nn", "no");

    private PageLanguage() {
    }

    static String resolve(String localeParameter, String scenarioLanguage) {
        if (localeParameter == null || localeParameter.length() < 2) {
            return scenarioLanguage;
        }
        String prefix = localeParameter.substring(0, 2).toLowerCase(Locale.ROOT);
        String language = SAME_LANGUAGE.getOrDefault(prefix, prefix);
        return Scenario.LANGUAGES.contains(language) ? language : scenarioLanguage;
    }

    /** The {@code <html lang>} value of a page in {@code language}; a language the replica lacks passes through. */
    static String htmlLang(String language) {
        return HTML_LANG.getOrDefault(language, language);
    }
}
