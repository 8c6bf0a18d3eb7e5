package dev.optout.page;

/**
 * What the repair and the page outline may know of an element: how it is found and named, never what it holds. An
 * input's value, a chosen option and what the person typed are not here, nor any text inside a field.
 *
 * @param role      the explicit or implicit ARIA role, empty when none
 * @param name      the accessible name as locate.js computes it (for fields: label, placeholder or title only)
 * @param label     a {@code <label>}, {@code aria-label} or {@code aria-labelledby} text, empty when none
 * @param type      an input's {@code type}, empty for other elements
 * @param text      the element's own visible text (whitespace-normalised, at most 200 characters), empty for fields
 * @param inBanner  inside the page's header ({@code <header>}, {@code role=banner}), where Meta shows the person
 * @param title     the {@code title} attribute, empty when none
 * @param nearText  for a field, the text just before it in its row (a caption no label ties to it), empty when none
 */
public record ElementFacts(String tag, String role, String name, String label, String type, String nameAttribute,
                           String testId, String placeholder, String text, boolean inBanner, String title,
                           String nearText) {

    /** Facts without a title or a nearby text. */
    public ElementFacts(String tag, String role, String name, String label, String type, String nameAttribute,
                        String testId, String placeholder, String text, boolean inBanner) {
        this(tag, role, name, label, type, nameAttribute, testId, placeholder, text, inBanner, "", "");
    }

    /** How the page itself names it for a person: its accessible name, else the text just before it in its row. */
    public String shownName() {
        return !name.isEmpty() ? name : !label.isEmpty() ? label : nearText;
    }

    /** Headings, the element kinds a step acts on, and statuses and alerts: what the outline lists. */
    public boolean interactiveOrHeading() {
        return switch (role) {
            case "heading", "button", "link", "textbox", "combobox", "listbox", "radiogroup", "radio", "checkbox",
                 "option", "dialog", "alertdialog", "status", "alert", "searchbox", "switch", "menuitem", "tab" -> true;
            default -> isField();
        };
    }

    /** A form control: its text is its value, which nobody but the page may read. */
    public boolean isField() {
        return tag.equals("input") || tag.equals("textarea") || tag.equals("select") || role.equals("textbox")
                || role.equals("combobox") || role.equals("searchbox");
    }

    /** Password, hidden and file inputs: the tool handles no secrets and uploads nothing, whatever is picked. */
    public boolean isForbiddenForTyping() {
        return tag.equals("input") && (type.equals("password") || type.equals("hidden") || type.equals("file"));
    }

    /** How the person recognises it: {@code <button> role=button "Submit request"}, never with its value. */
    public String shortDescription() {
        String shown = !label.isEmpty() ? label : !name.isEmpty() ? name : !text.isEmpty() ? text : nearText;
        return "<" + tag + (type.isEmpty() ? "" : " type=" + type) + ">" + (role.isEmpty() ? "" : " role=" + role)
                + (shown.isEmpty() ? "" : " \"" + shown + "\"");
    }
}
