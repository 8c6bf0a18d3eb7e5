package dev.optout.replica;

/**
 * One key pressed in a replica page. The key itself is never recorded: only where it went, so tests can prove
 * that nothing was typed on a page or into a field it should not touch (a password, say).
 *
 * @param path   the page's path
 * @param origin the page's origin, e.g. {@code http://127.0.0.1:43123}
 * @param field  the aria-label, the caption (aria-labelledby) or the name of the element that received the key;
 *               empty when it had none
 */
public record Keystroke(String path, String origin, String field) {
}
