package dev.optout.pack;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages optout speaks, in two senses kept apart:
 * <ul>
 * <li>{@link #ALL}: every official language of the EU, the EEA and Switzerland (and Brazil's Portuguese), the
 * languages optout supports for a person: {@code --locale}, country names, the default reasons of the bundled
 * packs, the keys a pack's localized text may have. A page in any of them is a page optout can work on.</li>
 * <li>{@link #PACK_TEXTS}: the eight languages the bundled packs have texts in, because meta-flows §4 gives
 * reference text for them. A page in another language is found by the form's structure, not by pack texts.</li>
 * </ul>
 * This is the one list of them in the product. (The replica keeps lists of its own, as it imports nothing of the
 * product; a test keeps them equal.)
 */
public final class Languages {

    /** The languages of the packs' texts: meta-flows §4's seven, and Brazil's Portuguese. */
    public static final List<String> PACK_TEXTS = List.of("en", "de", "fr", "it", "es", "nl", "pl", "pt");

    /**
     * {@link #PACK_TEXTS} first, then the other official languages of the EU (bg cs da el et fi ga hr hu lt lv mt
     * ro sk sl sv), the EEA's Icelandic and Norwegian, and Switzerland's Romansh.
     */
    public static final List<String> ALL = List.of("en", "de", "fr", "it", "es", "nl", "pl", "pt",
            "bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "is", "lt", "lv", "mt", "no", "ro", "sk", "sl", "sv",
            "rm");

    /** Tags a page may use for a language of the list under another code: Norwegian Bokmål and Nynorsk. */
    private static final Map<String, String> SAME_LANGUAGE = Map.of("nb", "no", "nn", "no");

    private Languages() {
    }

    /** Whether optout supports {@code language} for a person (any of {@link #ALL}). */
    public static boolean contains(String language) {
        return ALL.contains(language);
    }

    /** The languages as the JDK's locale data knows them, for names in each of them. */
    static List<Locale> locales() {
        return ALL.stream().map(Locale::forLanguageTag).toList();
    }

    /**
     * The language of a language tag such as {@code <html lang>}: its primary subtag, lower case ({@code pt-BR} →
     * {@code pt}, {@code de_AT} → {@code de}), Norwegian Bokmål and Nynorsk as {@code no} ({@code nb-NO} →
     * {@code no}); {@link LocalizedText#FALLBACK_LANGUAGE} when the tag is empty.
     */
    public static String primaryOf(String tag) {
        String primary = tag == null ? "" : tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? LocalizedText.FALLBACK_LANGUAGE : SAME_LANGUAGE.getOrDefault(primary, primary);
    }

    /** A language's name in English, e.g. {@code Polish} for {@code pl}; the code itself when the JDK knows none. */
    public static String englishName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }
}
