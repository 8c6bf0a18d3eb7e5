package dev.optout.pack;

import java.util.List;
import java.util.Locale;

/**
 * The languages optout's packs speak, the languages of Meta's forms: the one list of them in the product, read by
 * {@code --locale}, by {@link Countries} and by the engine. (The replica keeps a list of its own, as it imports
 * nothing of the product; a test keeps the two equal.)
 */
public final class Languages {

    /** meta-flows §4's seven, and Brazil's Portuguese. */
    public static final List<String> ALL = List.of("en", "de", "fr", "it", "es", "nl", "pl", "pt");

    private Languages() {
    }

    public static boolean contains(String language) {
        return ALL.contains(language);
    }

    /** The languages as the JDK's locale data knows them, for names in each of them. */
    static List<Locale> locales() {
        return ALL.stream().map(Locale::forLanguageTag).toList();
    }

    /**
     * The language of a language tag such as {@code <html lang>}: its primary subtag, lower case ({@code pt-BR} →
     * {@code pt}, {@code de_AT} → {@code de}); {@link LocalizedText#FALLBACK_LANGUAGE} when the tag is empty.
     */
    public static String primaryOf(String tag) {
        String primary = tag == null ? "" : tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? LocalizedText.FALLBACK_LANGUAGE : primary;
    }

    /** A language's name in English, e.g. {@code Polish} for {@code pl}; the code itself when the JDK knows none. */
    public static String englishName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }
}
