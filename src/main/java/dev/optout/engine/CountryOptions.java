package dev.optout.engine;

import dev.optout.pack.Countries;
import dev.optout.page.FieldState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Picks the option for a country in a {@code <select>}, whatever the page uses as option values (ISO codes, English
 * names, opaque ids): the option's text is compared with the country's name in the page language, then in English,
 * and the option's value with the ISO code. Comparison ignores case, accents and punctuation.
 */
public final class CountryOptions {

    private CountryOptions() {
    }

    public static Optional<FieldState.Option> find(List<FieldState.Option> options, String isoCode, String language) {
        String code = isoCode.toUpperCase(Locale.ROOT);
        Set<String> names = namesOf(code, language);
        return options.stream()
                .filter(o -> o.value().equalsIgnoreCase(code) || names.contains(fold(o.text()))
                        || names.contains(fold(o.value())))
                .findFirst();
    }

    /** The names a person might see for the country: in the page language and in English. */
    public static Set<String> namesOf(String isoCode, String language) {
        Locale country = new Locale("", isoCode);
        return Stream.of(country.getDisplayCountry(Locale.forLanguageTag(language)),
                        country.getDisplayCountry(Locale.ENGLISH))
                .map(CountryOptions::fold)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The display name in the page language, for messages and the confirm summary. */
    public static String displayName(String isoCode, String language) {
        return new Locale("", isoCode).getDisplayCountry(Locale.forLanguageTag(language));
    }

    /** As {@link Countries#fold}, which keeps Greek and Cyrillic names comparable, with punctuation as spaces. */
    static String fold(String text) {
        return Countries.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
