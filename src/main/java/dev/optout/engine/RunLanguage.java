package dev.optout.engine;

import dev.optout.pack.Languages;
import dev.optout.pack.LocalizedText;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Pack;
import dev.optout.pack.Target;
import dev.optout.page.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The language a run matches the page in: {@code --locale} when given, else the page's own, read afresh. Where the
 * pack's texts lack that language they fall back to English (see {@link LocalizedText#in}); the person is told so
 * once per language, with the targets concerned, so that a miss on such a page is no mystery.
 */
final class RunLanguage {

    private final Optional<String> fixed;
    private final Page page;
    private final Pack pack;
    private final Person person;
    private final Set<String> told = new HashSet<>();
    /** Read by the thread that handles an interruption too. */
    private volatile String current = LocalizedText.FALLBACK_LANGUAGE;

    RunLanguage(Optional<String> fixed, Page page, Pack pack, Person person) {
        this.fixed = fixed;
        this.page = page;
        this.pack = pack;
        this.person = person;
    }

    String current() {
        return current;
    }

    /**
     * Takes the page language a look at the page just read, unless {@code --locale} fixed it; whether the run's
     * language changed.
     */
    boolean adopt(String pageLanguage) {
        String next = fixed.orElse(pageLanguage);
        boolean changed = !next.equals(current);
        current = next;
        if (told.add(current)) {
            fallbackNotice(pack, current).ifPresent(person::tell);
        }
        return changed;
    }

    /** Reads the page language afresh: a redirect or a login may change it. */
    void refresh() {
        current = fixed.orElseGet(page::language);
        if (told.add(current)) {
            fallbackNotice(pack, current).ifPresent(person::tell);
        }
    }

    /**
     * What the person is told when the pack lacks texts in {@code language}, e.g. {@code this page is in Polish (pl);
     * the pack has no Polish texts for 'send', so optout looks for the English ones}.
     */
    static Optional<String> fallbackNotice(Pack pack, String language) {
        if (language.equals(LocalizedText.FALLBACK_LANGUAGE)) {
            return Optional.empty();
        }
        if (unknownToThePack(pack, language) && hasStructure(pack)) {
            return Optional.of(structuralNotice(language));
        }
        List<String> lacking = pack.targets().values().stream().filter(t -> lacks(t, language)).map(Target::name)
                .sorted().toList();
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        String name = Languages.englishName(language);
        return Optional.of("this page is in " + name + " (" + language + "); the pack has no " + name
                + " texts for " + lacking.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
                + ", so optout looks for the English ones");
    }

    /**
     * What the person is told on a page in a language none of the pack's texts is written in, when the pack can find
     * the form by its structure, e.g. {@code this page is in Swedish (sv), which the pack has no texts for; optout
     * goes by the form's structure}.
     */
    static String structuralNotice(String language) {
        return "this page is in " + Languages.englishName(language) + " (" + language + "), which the pack has no "
                + "texts for; optout goes by the form's structure (its fields and its last button) and shows you the "
                + "page's own labels before anything is sent";
    }

    /** Whether no text of the pack is written in the language (its language-neutral ones aside). */
    static boolean unknownToThePack(Pack pack, String language) {
        return pack.targets().values().stream().flatMap(t -> t.locators().stream())
                .noneMatch(l -> l.value().isLocalized() && l.value().speaks(language));
    }

    private static boolean hasStructure(Pack pack) {
        return pack.targets().values().stream().flatMap(t -> t.locators().stream())
                .anyMatch(l -> l.kind() == LocatorKind.STRUCTURE);
    }

    private static boolean lacks(Target target, String language) {
        return target.locators().stream().anyMatch(l -> !l.value().speaks(language));
    }
}
