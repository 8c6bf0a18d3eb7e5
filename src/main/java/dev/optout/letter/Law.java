package dev.optout.letter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The law an objection letter cites, with the languages its letter is written in and the way dates read there. A
 * letter from Brazil cites the LGPD, never the GDPR (meta-flows §7).
 */
public enum Law {
    /** GDPR Art. 21, to Meta Platforms Ireland's data protection officer: the EU/EEA, the UK and Switzerland. */
    GDPR("GDPR Art. 21", Map.of("en", Locale.UK, "de", Locale.GERMANY, "fr", Locale.FRANCE), List.of("en", "de", "fr")),
    /** LGPD Art. 18 § 2, to the encarregado of Facebook Serviços Online do Brasil: Brazil. */
    LGPD("LGPD Art. 18 § 2", Map.of("pt", Locale.forLanguageTag("pt-BR")), List.of("pt"));

    private final String article;
    /** English dates in a letter to Ireland are written the British way, day first. */
    private final Map<String, Locale> dateLocales;
    private final List<String> languages;

    Law(String article, Map<String, Locale> dateLocales, List<String> languages) {
        this.article = article;
        this.dateLocales = dateLocales;
        this.languages = languages;
    }

    /** The article the letter rests on, as people name it: {@code GDPR Art. 21}. */
    public String article() {
        return article;
    }

    /** The languages its letter is written in, the usual one first. */
    public List<String> languages() {
        return languages;
    }

    Locale dateLocale(String language) {
        return dateLocales.get(language);
    }

    /** The law whose letter is written in {@code language}, if any. */
    public static Optional<Law> writtenIn(String language) {
        for (Law law : values()) {
            if (law.languages.contains(language)) {
                return Optional.of(law);
            }
        }
        return Optional.empty();
    }
}
