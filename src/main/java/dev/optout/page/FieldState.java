package dev.optout.page;

import java.util.List;
import java.util.Optional;

/** A form control as the page shows it right now: used for safety checks and to read values back. */
public record FieldState(String tag, String type, boolean editable, String value, boolean checked,
                         List<Option> options) {

    public FieldState {
        options = List.copyOf(options);
    }

    /** One {@code <option>} of a select, or one radio button of a group. */
    public record Option(String value, String text, boolean selected) {
    }

    /** A {@code <select>}, or a radio group, which pages report as tag {@code radiogroup}. */
    public boolean isSelect() {
        return "select".equals(tag) || "radiogroup".equals(tag);
    }

    /** Password, hidden and file inputs are never typed into: the tool handles no secrets and uploads nothing. */
    public boolean isForbiddenForTyping() {
        return "input".equals(tag) && List.of("password", "hidden", "file").contains(type);
    }

    public boolean acceptsText() {
        return editable || "textarea".equals(tag) || ("input".equals(tag) && !isForbiddenForTyping()
                && !List.of("checkbox", "radio", "submit", "button", "reset", "image").contains(type));
    }

    public Optional<Option> selectedOption() {
        return options.stream().filter(Option::selected).findFirst();
    }
}
