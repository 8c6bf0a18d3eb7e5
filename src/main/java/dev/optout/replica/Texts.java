package dev.optout.replica;

import java.util.Map;

/**
 * The wording every page shares (cookie dialog, login wall, loading, errors) and the objection form's, per
 * language, from {@code i18n.json}. The keys named after meta-flows §4 hold the project's reference text, which the
 * selector packs match; its {@code _sources} entry says which other texts are reference text and which are the
 * replica's own.
 */
final class Texts {
    static final TextTable TABLE = TextTable.load("i18n.json");

    private Texts() {
    }

    static Map<String, String> of(String language) {
        return TABLE.of(language);
    }

    static String of(String language, String key) {
        return TABLE.of(language, key);
    }
}
