package dev.optout.browser;

import java.util.List;
import java.util.Map;

/** A form control as the page shows it right now: used for safety checks and to read values back. */
public record FieldState(String tag, String type, boolean editable, String value, boolean checked,
                         List<Option> options) {

    /** One {@code <option>} of a select. */
    public record Option(String value, String text, boolean selected) {
    }

    @SuppressWarnings("unchecked")
    static FieldState from(Object raw) {
        Map<String, Object> map = (Map<String, Object>) raw;
        List<Map<String, Object>> rawOptions = (List<Map<String, Object>>) map.getOrDefault("options", List.of());
        List<Option> options = rawOptions.stream()
                .map(o -> new Option(String.valueOf(o.get("value")), String.valueOf(o.get("text")),
                        Boolean.TRUE.equals(o.get("selected"))))
                .toList();
        Object value = map.get("value");
        return new FieldState(String.valueOf(map.get("tag")), String.valueOf(map.get("type")),
                Boolean.TRUE.equals(map.get("editable")), value == null ? null : value.toString(),
                Boolean.TRUE.equals(map.get("checked")), options);
    }

    /** A {@code <select>}, or a radio group, which describe-field.js reports as tag {@code radiogroup}. */
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

    public java.util.Optional<Option> selectedOption() {
        return options.stream().filter(Option::selected).findFirst();
    }
}
