package dev.optout.replica;

/**
 * When a form element showed or was first used, on the page's clock ({@code performance.timeOrigin +
 * performance.now()}, in milliseconds since the epoch), recorded when the scenario asks for timestamps.
 *
 * @param path    the page's path
 * @param element the field's label, or the button's text
 * @param event   {@value #APPEARED} (first rendered visible) or {@value #FIRST_ACTION} (first focus, key, pointer,
 *                click or edit)
 * @param at      when, in epoch milliseconds with sub-millisecond precision
 * @param action  for a first action, the DOM event that was first ({@code focus}, {@code click}, …); else empty
 */
public record ElementTimestamp(String path, String element, String event, double at, String action) {
    public static final String APPEARED = "appeared";
    public static final String FIRST_ACTION = "firstAction";
}
