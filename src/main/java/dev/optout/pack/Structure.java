package dev.optout.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code structure:} locator finds: an element by its place in the form, in any language. "The form" is the
 * container (a {@code <form>}, {@code role=form}, a dialog, or {@code <main>}; else the page's body) that holds the most
 * visible fields, never one that holds a password field. Each value finds at most one element; the browser-side
 * rules are in locators.js, the same rules in the in-memory page of the tests.
 */
public enum Structure {
    /** The form's only visible multi-line text field ({@code <textarea>}); nothing when it has none or several. */
    ONLY_TEXTAREA("only-textarea"),
    /**
     * The form's field for an email address: an {@code input type=email}, else a text field with
     * {@code autocomplete=email}, else the one text field that holds an email address already.
     */
    EMAIL_FIELD("email-field"),
    /**
     * The form's country chooser: the first {@code <select>}, {@code role=combobox}, {@code role=listbox} or radio
     * group whose options are mostly countries (ISO codes as values, or country names in the page's language or
     * English); else the form's only chooser, when its options do not show yet (a typeahead, a closed list).
     */
    COUNTRY_CHOOSER("country-chooser"),
    /**
     * The form's last enabled button after its last field (its Send), not one inside a dialog within the form (a
     * coachmark's "Got it") nor in a header, footer or navigation.
     */
    LAST_BUTTON("last-button");

    private final String key;

    Structure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Structure> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Structure::key).toList();
    }

    /** How a report names what was found, e.g. {@code the form's only multi-line text field}. */
    public String inWords() {
        return switch (this) {
            case ONLY_TEXTAREA -> "the form's only multi-line text field";
            case EMAIL_FIELD -> "the form's email field";
            case COUNTRY_CHOOSER -> "the form's country chooser";
            case LAST_BUTTON -> "the form's last button";
        };
    }
}
