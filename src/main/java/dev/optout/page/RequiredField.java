package dev.optout.page;

/**
 * A field the page marks as required ({@code required}, {@code aria-required="true"}) that is visible, can be used
 * and is still empty: what a send would go without.
 *
 * @param element      the field
 * @param name         its accessible name, as a person reads its label; empty when it has none
 * @param type         an input's {@code type} ({@code text} for a textarea or a textbox), what may be typed there
 * @param autocomplete its {@code autocomplete} hint, e.g. {@code email}; empty when none
 * @param typable      whether text is typed into it (a text field), not chosen (a checkbox, a list)
 */
public record RequiredField(Element element, String name, String type, String autocomplete, boolean typable) {
}
