package dev.optout.pack;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a person types for a country into its ISO 3166-1 alpha-2 code: the code itself ({@code de}), the
 * three-letter code ({@code DEU}), its name in English or in any language of Meta's forms ({@code Germany},
 * {@code Deutschland}, {@code Allemagne}, {@code Alemanha}), or a common alias ({@code UK}, {@code USA},
 * {@code Holland}). "Any language" is every language of {@link Languages#ALL}, the official languages of the EU, the
 * EEA and Switzerland: {@code Tyskland}, {@code Γερμανία}, {@code Германия}, {@code Þýskaland}, {@code il-Ġermanja}.
 * Case, accents (also Greek tonos and dialytika), punctuation and a leading "the" do not matter; nor do the articles
 * Irish and Maltese put before a country's name ({@code an Ghearmáin}, {@code Gearmáin}; {@code il-Ġermanja},
 * {@code Ġermanja}). The names come from the JDK's locale data (CLDR), which has all these languages; a name that two
 * countries share in different languages is accepted for neither.
 */
public final class Countries {

    /** Names people use that are not a country's name in any of those languages. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("UK", "GB"), Map.entry("U.K.", "GB"), Map.entry("Great Britain", "GB"),
            Map.entry("Britain", "GB"), Map.entry("England", "GB"), Map.entry("Scotland", "GB"),
            Map.entry("Wales", "GB"), Map.entry("Northern Ireland", "GB"), Map.entry("United Kingdom of Great Britain "
                    + "and Northern Ireland", "GB"),
            Map.entry("USA", "US"), Map.entry("U.S.A.", "US"), Map.entry("U.S.", "US"), Map.entry("America", "US"),
            Map.entry("United States of America", "US"),
            Map.entry("Holland", "NL"), Map.entry("Czech Republic", "CZ"), Map.entry("Turkey", "TR"),
            Map.entry("South Korea", "KR"), Map.entry("Korea", "KR"), Map.entry("Republic of Korea", "KR"),
            Map.entry("North Korea", "KP"), Map.entry("Ivory Coast", "CI"), Map.entry("Vatican", "VA"),
            Map.entry("Macedonia", "MK"), Map.entry("Burma", "MM"), Map.entry("Swaziland", "SZ"),
            Map.entry("Cape Verde", "CV"), Map.entry("East Timor", "TL"), Map.entry("EL", "GR"),
            Map.entry("Russian Federation", "RU"), Map.entry("Türkiye", "TR"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Irish "an"/"na" before a name, with the t- Irish puts before a vowel or an s: {@code an tSualainn}. */
    private static final Pattern IRISH_ARTICLE = Pattern.compile("^(?:an|na) (?:t-?(?=[\\p{Lu}AEIOUÁÉÍÓÚ]))?");
    /** Irish lenition after the article, {@code an Ghearmáin} for the name {@code Gearmáin}. */
    private static final Pattern IRISH_LENITION = Pattern.compile("^([BCDFGMPST])h");
    /** Maltese "il-" and its assimilated forms before a name: {@code il-Ġermanja}, {@code l-Italja}, {@code ir-}. */
    private static final Pattern MALTESE_ARTICLE = Pattern.compile("^(?:il|l|i[a-zċġħż])-", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = names();

    private Countries() {
    }

    /** The ISO code of what a person typed, or empty when it names no country (or more than one). */
    public static Optional<String> resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && CODES.contains(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(BY_NAME.get(key(typed)));
    }

    /** A country's name in English, e.g. {@code Germany} for {@code DE}. */
    public static String englishName(String code) {
        return region(code).getDisplayCountry(Locale.ENGLISH);
    }

    private static Locale region(String code) {
        return new Locale.Builder().setRegion(code).build();
    }

    /**
     * Why what a person typed is not a country, as the rest of a sentence that starts with the input's name: says
     * what is accepted and, when a known name is close, which country was probably meant.
     */
    public static String unknown(String typed) {
        // Codes are too short to guess from: "XX" is as close to CXR as to anything.
        String wanted = key(typed);
        String close = wanted.length() < 4 ? "" : DidYouMean.closest(wanted, BY_NAME.keySet().stream()
                        .filter(name -> name.length() >= 4).toList()).map(BY_NAME::get)
                .map(code -> "; did you mean " + englishName(code) + " (" + code + ")?").orElse("");
        return "'" + typed.strip() + "' is not a country optout knows (give its ISO code such as DE, or its name such "
                + "as Germany or Deutschland)" + close;
    }

    /** Lower case, no accents, no punctuation, no leading "the": {@code "Côte d’Ivoire"} → {@code cote d ivoire}. */
    static String key(String text) {
        String words = NOT_LETTERS.matcher(fold(text)).replaceAll(" ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /**
     * A name as it compares in any script: marks removed after decomposition (accents, Greek tonos and dialytika,
     * the breve of Cyrillic й), lower case, and Greek final sigma as the plain one, so that {@code ΕΛΛΆΣ},
     * {@code Ελλάς} and {@code ελλασ} are one name.
     */
    public static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }

    /** A country's name in {@code language}, and the same without the article Irish and Maltese give it. */
    private static Set<String> namesIn(Locale country, Locale language) {
        String name = country.getDisplayCountry(language);
        Set<String> names = new HashSet<>(Set.of(name));
        if (language.getLanguage().equals("ga")) {
            String bare = IRISH_ARTICLE.matcher(name).replaceFirst("");
            names.add(bare);
            names.add(IRISH_LENITION.matcher(bare).replaceFirst("$1"));
        } else if (language.getLanguage().equals("mt")) {
            names.add(MALTESE_ARTICLE.matcher(name).replaceFirst(""));
        }
        return names;
    }

    private static Map<String, String> names() {
        Map<String, String> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String code : CODES) {
            Locale country = region(code);
            try {
                add(byName, shared, key(country.getISO3Country()), code);
            } catch (java.util.MissingResourceException noThreeLetterCode) {
                // A few codes have no three-letter form; their names still count.
            }
            for (Locale language : Languages.locales()) {
                namesIn(country, language).forEach(name -> add(byName, shared, key(name), code));
            }
        }
        shared.forEach(byName::remove);
        ALIASES.forEach((alias, code) -> byName.put(key(alias), code));
        return Map.copyOf(byName);
    }

    private static void add(Map<String, String> byName, Set<String> shared, String name, String code) {
        if (name.isEmpty()) {
            return;
        }
        String other = byName.putIfAbsent(name, code);
        if (other != null && !other.equals(code)) {
            shared.add(name);
        }
    }
}
