package dev.optout.page;

/**
 * Whether a choice is ticked, as the page says it: a native {@code checked}, {@code indeterminate} or {@code selected},
 * or an ARIA {@code aria-checked}, {@code aria-selected} or {@code aria-pressed}. {@link #NONE} for an element that
 * says neither, which no tick can be read back from.
 */
public enum CheckState {
    CHECKED("ticked"),
    UNCHECKED("unticked"),
    /** A tri-state checkbox partly ticked ({@code aria-checked="mixed"}, a native {@code indeterminate}). */
    MIXED("partly ticked"),
    NONE("without a ticked state");

    private final String inWords;

    CheckState(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }

    /** As the page scripts name it: {@code checked}, {@code unchecked}, {@code mixed} or anything else for none. */
    public static CheckState of(String name) {
        return switch (String.valueOf(name)) {
            case "checked" -> CHECKED;
            case "unchecked" -> UNCHECKED;
            case "mixed" -> MIXED;
            default -> NONE;
        };
    }
}
