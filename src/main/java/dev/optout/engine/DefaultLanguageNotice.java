package dev.optout.engine;

import dev.optout.pack.Languages;
import dev.optout.pack.LocalizedText;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Says, once per input and language, when a pack's default value has no text in the page language and the English
 * one is used instead: a Swedish page then receives an English reason, which the person should know and may replace.
 */
final class DefaultLanguageNotice {

    private final Person person;
    private final Set<String> told = new HashSet<>();

    DefaultLanguageNotice(Person person) {
        this.person = person;
    }

    /** Tells the person, the first time, that {@code input}'s default is used in English on a page in another. */
    void using(String input, LocalizedText defaults, String language) {
        sentence(input, defaults, language).filter(s -> told.add(input + " " + language)).ifPresent(person::tell);
    }

    /**
     * E.g. {@code this page is in Swedish (sv); the pack's default for 'reason' has no Swedish text, so optout uses
     * its English one (give your own with --set reason=...)}; empty when the default speaks the language.
     */
    static Optional<String> sentence(String input, LocalizedText defaults, String language) {
        if (defaults.speaks(language) || defaults.in(language).isEmpty()) {
            return Optional.empty();
        }
        String name = Languages.englishName(language);
        return Optional.of("this page is in " + name + " (" + language + "); the pack's default for '" + input
                + "' has no " + name + " text, so optout uses its English one (give your own with --set " + input
                + "=...)");
    }
}
