package dev.optout.engine;

import dev.optout.pack.LocalizedText;
import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.page.ElementFacts;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A locator for an element the person chose, of the kinds that survive a redesign best, in this order: role and
 * accessible name, label, {@code data-testid}, {@code name}, placeholder, title, the text before a field in its row,
 * text. Never a generated class name or an
 * {@code nth-child} chain. The first that the page says finds exactly that one element wins.
 */
final class LocatorBuilder {

    private final Page page;

    LocatorBuilder(Page page) {
        this.page = page;
    }

    Optional<Locator> build(PageElement element, String language) {
        return candidates(element.facts()).stream()
                .filter(locator -> page.locatesOnly(locator, language, element.element())).findFirst();
    }

    /**
     * Every text is for any page language: on a page in another language it simply finds nothing and the pack's own
     * locators are tried, where a text keyed by one language would leave an empty name there, which matches anything.
     */
    static List<Locator> candidates(ElementFacts facts) {
        List<Locator> candidates = new ArrayList<>();
        if (!facts.role().isEmpty() && !facts.name().isEmpty()) {
            candidates.add(Locator.role(facts.role(), LocalizedText.of(facts.name())));
        }
        add(candidates, LocatorKind.LABEL, facts.label());
        add(candidates, LocatorKind.TESTID, facts.testId());
        add(candidates, LocatorKind.NAME, facts.nameAttribute());
        add(candidates, LocatorKind.PLACEHOLDER, facts.placeholder());
        add(candidates, LocatorKind.TITLE, facts.title());
        add(candidates, LocatorKind.NEAR_TEXT, facts.nearText());
        if (!facts.isField()) {
            add(candidates, LocatorKind.TEXT, facts.text());
        }
        return candidates;
    }

    private static void add(List<Locator> candidates, LocatorKind kind, String value) {
        if (!value.isEmpty()) {
            candidates.add(new Locator(kind, LocalizedText.of(value), Optional.empty()));
        }
    }
}
