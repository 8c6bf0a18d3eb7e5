package dev.optout.engine;

import dev.optout.page.ElementFacts;
import dev.optout.page.PageElement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The elements a typed text points at: those whose label, accessible name or visible text equals it, else those whose
 * text contains it, in document order. Of these only elements of the kind the step needs, and never a password,
 * hidden or file input, may be chosen; when the text points only at others, the first refusal says why.
 */
record TypedTextChoice(List<PageElement> acceptable, Optional<String> refusal) {

    static TypedTextChoice of(List<PageElement> elements, String typed, NeededKind kind, String stepInWords) {
        String wanted = normalise(typed);
        TypedTextChoice exact = among(elements, wanted, String::equals, kind, stepInWords);
        if (!exact.acceptable().isEmpty() || exact.refusal().isPresent()) {
            return exact;
        }
        return among(elements, wanted, String::contains, kind, stepInWords);
    }

    private static TypedTextChoice among(List<PageElement> elements, String wanted,
                                         BiPredicate<String, String> matches, NeededKind kind, String stepInWords) {
        List<PageElement> matching = elements.stream().filter(e -> texts(e.facts()).stream()
                .anyMatch(text -> !text.isEmpty() && matches.test(text, wanted))).toList();
        List<PageElement> acceptable = matching.stream()
                .filter(e -> !e.facts().isForbiddenForTyping() && kind.accepts(e.facts())).toList();
        if (!acceptable.isEmpty() || matching.isEmpty()) {
            return new TypedTextChoice(acceptable, Optional.empty());
        }
        Optional<PageElement> secret = matching.stream().filter(e -> e.facts().isForbiddenForTyping()).findFirst();
        if (secret.isPresent()) {
            return new TypedTextChoice(List.of(), Optional.of(forbidden(secret.get().facts())));
        }
        PageElement other = matching.stream().filter(e -> e.facts().interactiveOrHeading()).findFirst()
                .orElse(matching.get(0));
        return new TypedTextChoice(List.of(), Optional.of(wrongKind(other.facts(), kind, stepInWords)));
    }

    static String forbidden(ElementFacts element) {
        return "refused: " + element.shortDescription() + " is a " + element.type() + " input; optout never "
                + "types into or picks password, hidden or file inputs";
    }

    static String wrongKind(ElementFacts element, NeededKind kind, String stepInWords) {
        return "refused: " + element.shortDescription() + " is not " + kind.inWords() + ", which step '"
                + stepInWords + "' needs";
    }

    private static List<String> texts(ElementFacts element) {
        return List.of(normalise(element.label()), normalise(element.name()), normalise(element.text()));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
