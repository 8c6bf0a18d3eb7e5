package dev.optout.replica;

import java.util.Locale;

/**
 * Decides a page's language. Meta honours a {@code ?locale=de_DE} parameter over the account's language, so a
 * test can load one page in another language without touching the shared {@link Scenario}.
 */
final class PageLanguage {
    private PageLanguage() {
    }

    static String resolve(String localeParameter, String scenarioLanguage) {
        if (localeParameter == null || localeParameter.length() < 2) {
            return scenarioLanguage;
        }
        String language = localeParameter.substring(0, 2).toLowerCase(Locale.ROOT);
        return Scenario.LANGUAGES.contains(language) ? language : scenarioLanguage;
    }
}
