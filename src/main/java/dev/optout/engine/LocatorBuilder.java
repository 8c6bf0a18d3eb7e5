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
 * accessible name, label, {@code data-testid}, {@code name}, placeholder, text. Never a generated class name or an
 * {@code nth-child} chain. The first that the page says finds exactly that one element wins.
 */
final class LocatorBuilder {

    private final Page page;

    LocatorBuilder(Page page) {
        this.page = page;
    }

    Optional<Locator> build(PageElement element, String language) {
        return candidates(element.facts(), language).stream()
                .filter(locator -> page.locatesOnly(locator, language, element.element())).findFirst();
    }

    static List<Locator> candidates(ElementFacts facts, String language) {
        List<Locator> candidates = new ArrayList<>();
        if (!facts.role().isEmpty() && !facts.name().isEmpty()) {
            candidates.add(Locator.role(facts.role(), text(facts.name(), language)));
        }
        add(candidates, LocatorKind.LABEL, facts.label(), language);
        add(candidates, LocatorKind.TESTID, facts.testId(), language);
        add(candidates, LocatorKind.NAME, facts.nameAttribute(), language);
        add(candidates, LocatorKind.PLACEHOLDER, facts.placeholder(), language);
        if (!facts.isField()) {
            add(candidates, LocatorKind.TEXT, facts.text(), language);
        }
        return candidates;
    }

    private static void add(List<Locator> candidates, LocatorKind kind, String value, String language) {
        if (!value.isEmpty()) {
            candidates.add(new Locator(kind, text(value, language), Optional.empty()));
        }
    }

    /**
     * The text for every page language: on a page in another language it simply finds nothing and the pack's own
     * locators are tried, where a text keyed by one language would leave an empty name that matches anything.
     */
    static LocalizedText text(String value, String language) {
        return LocalizedText.of(value);
    }
}
