package dev.optout.replica;

/**
 * Something done to a piece of the noise ({@link Scenario#noise}) that a person never meets: a click or a key in the
 * aria-hidden clone of a form, in the off-screen menu, or on the hidden disabled Send. Such an action never sends
 * anything; it is recorded so that a test can see a tool act on the wrong element.
 *
 * @param path   the page's path
 * @param decoy  which piece: {@value #CLONE}, {@value #OFF_SCREEN_MENU} or {@value #HIDDEN_SEND}
 * @param event  the DOM event, e.g. {@code click}, {@code keydown}, {@code input}
 * @param target the accessible name, aria-label or text of the element acted on; empty when it has none
 */
public record Decoy(String path, String decoy, String event, String target) {
    public static final String CLONE = "clone";
    public static final String OFF_SCREEN_MENU = "off-screen-menu";
    public static final String HIDDEN_SEND = "hidden-send";
}
