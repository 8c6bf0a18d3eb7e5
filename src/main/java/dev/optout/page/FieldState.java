package dev.optout.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A form control as the page shows it right now: used for safety checks and to read values back.
 *
 * @param role       the ARIA role, explicit or implied by the tag ({@code checkbox} for an
 *                   {@code input type=checkbox}); for a choice found by its label or by text inside it, the role of
 *                   the choice itself; empty when none
 * @param checkState whether the choice the element stands for is ticked: its own state, or for a label or text
 *                   inside a choice, the choice's
 * @param expanded   for a select-only combobox: whether its list shows
 * @param limits     what the page allows to be written into it: read-only, disabled, required, a length limit
 */
public record FieldState(String tag, String type, String role, boolean editable, String value, CheckState checkState,
                         boolean expanded, List<Option> options, Limits limits) {

    public FieldState {
        options = List.copyOf(options);
        Objects.requireNonNull(limits, "limits");
    }

    /** A control the page lets anyone write into, as far as its markup says. */
    public FieldState(String tag, String type, String role, boolean editable, String value, CheckState checkState,
                      boolean expanded, List<Option> options) {
        this(tag, type, role, editable, value, checkState, expanded, options, Limits.NONE);
    }

    /** A control without an ARIA role in the description, ticked or not: what older callers know of a field. */
    public FieldState(String tag, String type, boolean editable, String value, boolean checked, List<Option> options) {
        this(tag, type, "", editable, value, checked ? CheckState.CHECKED : CheckState.UNCHECKED, false, options);
    }

    /**
     * What the page lets a person write into a field, from its markup alone.
     *
     * @param readOnly  {@code readonly}, or {@code aria-readonly="true"}: the page shows a value nobody may change
     * @param disabled  {@code disabled} (its own or its fieldset's), or {@code aria-disabled="true"}
     * @param required  {@code required}, or {@code aria-required="true"}
     * @param maxLength the most characters it takes: its {@code maxlength}, or the limit of a character counter
     *                  ("0/500") that describes it, as React pages show one; 0 when it states none
     */
    public record Limits(boolean readOnly, boolean disabled, boolean required, int maxLength) {

        public static final Limits NONE = new Limits(false, false, false, 0);
    }

    /** Nobody may write into it: read-only or disabled. What it holds is what the page sends, if anything. */
    public boolean isFixed() {
        return limits.readOnly() || limits.disabled();
    }

    /** One {@code <option>} of a select, one radio button of a group, one {@code role=option} of a list. */
    public record Option(String value, String text, boolean selected) {
    }

    /** Ticked: checked, selected or pressed; a tri-state box partly ticked is not. */
    public boolean checked() {
        return checkState == CheckState.CHECKED;
    }

    /**
     * A choice a check or uncheck step can tick: a checkbox, radio, switch, option, checkable menu item or toggle
     * button, native or ARIA; anything that says whether it is ticked.
     */
    public boolean isChoice() {
        return checkState != CheckState.NONE;
    }

    /** A radio button (or radio menu item): ticked only by ticking another of its group. */
    public boolean isRadio() {
        return "radio".equals(role) || "menuitemradio".equals(role);
    }

    /**
     * A widget that offers a choice, described alike whatever it is: a {@code <select>}, a radio group (tag
     * {@code radiogroup}), a {@code role=listbox} (tag {@code listbox}), a typeahead (tag {@code combobox}) or a
     * select-only combobox (tag {@code select-only}).
     */
    public boolean isSelect() {
        return List.of("select", "radiogroup", "listbox", "combobox", "select-only").contains(tag);
    }

    /**
     * A typeahead: an input whose options show only once something is typed into it; its value is what the field
     * shows, its options those of its list while the list is open.
     */
    public boolean isTypeahead() {
        return "combobox".equals(tag);
    }

    /**
     * A select-only combobox (APG): an element with role=combobox that is not an input, whose list opens on a click;
     * its value is the chosen option's text, which it shows; its options those of the list it controls, which a page
     * may render only while the list is open.
     */
    public boolean isSelectOnly() {
        return "select-only".equals(tag);
    }

    /** Password, hidden and file inputs are never typed into: the tool handles no secrets and uploads nothing. */
    public boolean isForbiddenForTyping() {
        return ("input".equals(tag) || "combobox".equals(tag)) && List.of("password", "hidden", "file").contains(type);
    }

    public boolean acceptsText() {
        return editable || "textarea".equals(tag) || (("input".equals(tag) || "combobox".equals(tag))
                && !isForbiddenForTyping()
                && !List.of("checkbox", "radio", "submit", "button", "reset", "image").contains(type));
    }

    public Optional<Option> selectedOption() {
        return options.stream().filter(Option::selected).findFirst();
    }
}
