package dev.optout.page;

import java.util.List;
import java.util.Optional;

/** A form control as the page shows it right now: used for safety checks and to read values back. */
public record FieldState(String tag, String type, boolean editable, String value, boolean checked,
                         List<Option> options) {

    public FieldState {
        options = List.copyOf(options);
    }

    /** One {@code <option>} of a select, one radio button of a group, one {@code role=option} of a list. */
    public record Option(String value, String text, boolean selected) {
    }

    /**
     * A widget that offers a choice, described alike whatever it is: a {@code <select>}, a radio group (tag
     * {@code radiogroup}), a {@code role=listbox} (tag {@code listbox}) or a typeahead (tag {@code combobox}).
     */
    public boolean isSelect() {
        return List.of("select", "radiogroup", "listbox", "combobox").contains(tag);
    }

    /**
     * A typeahead: an input whose options show only once something is typed into it; its value is what the field
     * shows, its options those of its list while the list is open.
     */
    public boolean isTypeahead() {
        return "combobox".equals(tag);
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
