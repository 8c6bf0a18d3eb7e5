package dev.optout.replica;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every country's name in a page language, from the JDK's CLDR data, as Meta's server renders them. The browser
 * names the countries itself where it can; Chromium's built-in ICU data lacks some of the replica's languages
 * (Irish, Icelandic, Maltese, Romansh) and would show English names, so {@code country-field.js} takes these instead
 * when the browser does not speak the page language.
 */
final class CountryNames {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    static Map<String, String> in(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, CountryNames::load);
    }

    private static Map<String, String> load(String language) {
        Locale in = Locale.forLanguageTag(language);
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(code, new Locale("", code).getDisplayCountry(in));
        }
        return Map.copyOf(names);
    }
}
