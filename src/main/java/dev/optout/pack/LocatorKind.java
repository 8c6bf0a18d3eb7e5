package dev.optout.pack;

/** The explicit ways a pack may describe how to find an element, in the order packs should prefer them. */
public enum LocatorKind {
    /** ARIA role (explicit or implicit) plus accessible name: {@code role: button, name: Send}. */
    ROLE("role"),
    /** The element's label: a {@code <label>}, {@code aria-label} or {@code aria-labelledby}. */
    LABEL("label"),
    /** A field's {@code placeholder}, the grey hint inside it: what names a field that has no label. */
    PLACEHOLDER("placeholder"),
    /** The {@code title} attribute, the tooltip text some fields and icon buttons carry instead of a label. */
    TITLE("title"),
    /** The text of the elements a field's {@code aria-describedby} points to (its hint or its message). */
    DESCRIBED_BY("described-by"),
    /** The text just before a field in its row: a caption not tied to the field by any label. */
    NEAR_TEXT("near-text"),
    /** Visible text, whitespace-normalised, compared whole and case-insensitively. */
    TEXT("text"),
    /** {@code data-testid}. */
    TESTID("testid"),
    /** The {@code name} attribute. */
    NAME("name"),
    CSS("css"),
    XPATH("xpath"),
    /**
     * The element's place in the form's structure, in any language: one of {@link Structure}'s names, e.g.
     * {@code structure: only-textarea}. The last resort after every text: it knows no words, so it is never first.
     */
    STRUCTURE("structure");

    private final String key;

    LocatorKind(String key) {
        this.key = key;
    }

    /** The key that introduces this kind in a pack file. */
    public String key() {
        return key;
    }

    /** Whether what it compares is words of one language: a text the page shows, or that names a field. */
    public boolean comparesWords() {
        return switch (this) {
            case ROLE, LABEL, PLACEHOLDER, TITLE, DESCRIBED_BY, NEAR_TEXT, TEXT -> true;
            default -> false;
        };
    }

    public static java.util.Optional<LocatorKind> byKey(String key) {
        for (LocatorKind kind : values()) {
            if (kind.key.equals(key)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
