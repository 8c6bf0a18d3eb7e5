package dev.optout.page;

/** An element of the page as the repair sees it: the handle to act on, and its facts. */
public record PageElement(Element element, ElementFacts facts) {
}
