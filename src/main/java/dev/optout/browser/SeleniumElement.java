package dev.optout.browser;

import dev.optout.page.Element;
import org.openqa.selenium.WebElement;

/** The page port's handle on an element that Selenium found. */
record SeleniumElement(WebElement webElement) implements Element {
}
