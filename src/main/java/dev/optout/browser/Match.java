package dev.optout.browser;

import dev.optout.pack.Locator;
import org.openqa.selenium.WebElement;

/**
 * An element found for a target, with the locator that found it (reports name it) and how many elements that
 * locator matched (more than one is worth a warning: the pack may be too loose).
 */
public record Match(String target, WebElement element, Locator locator, String described, int count) {
}
