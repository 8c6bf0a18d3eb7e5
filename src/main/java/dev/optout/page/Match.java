package dev.optout.page;

import dev.optout.pack.Locator;

/**
 * An element found for a target, with the locator that found it (reports name it).
 *
 * @param described the locator as it reads in the page language, e.g. {@code role=button name="Senden"}
 */
public record Match(String target, Element element, Locator locator, String described) {
}
