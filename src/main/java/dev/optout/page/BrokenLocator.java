package dev.optout.page;

import dev.optout.pack.Locator;

/**
 * A locator the page could not evaluate: a selector the browser rejects, or a script error while it was tried. It
 * counts as no match, the next locator of the target is tried, and a failure names it with the browser's reason.
 *
 * @param problem the browser's own first line, e.g. {@code 'a:foo' is not a valid selector}
 */
public record BrokenLocator(Locator locator, String problem) {
}
