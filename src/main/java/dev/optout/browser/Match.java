package dev.optout.browser;

import dev.optout.pack.Locator;
import org.openqa.selenium.WebElement;

/** An element found for a target, with the locator that found it (reports name it). */
public record Match(String target, WebElement element, Locator locator, String described) {
}
